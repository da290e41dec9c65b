package org.practicechallenge.repo.register;

import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.transaction.TransactionListener;
import org.practicechallenge.protocol.CinOutcome;
import org.practicechallenge.repo.NodeValues;

/**
 * Keeps the {@link ChallengeRegister} in step with the challenge nodes, whoever writes them: the workflow, Share's
 * edit form, the REST API or a script. The behaviours only note which challenges a transaction touched; just before
 * it commits, each is read once, as it then stands, and its row written in the same transaction. A change that is
 * refused or rolled back therefore never reaches the register.
 */
public class RegisterUpkeep implements TransactionListener
{
    private static final String TOUCHED = RegisterUpkeep.class.getName() + ".touched";

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private StoredChallenges stored;
    private ChallengeRegister register;

    public void setPolicyComponent(PolicyComponent policyComponent)
    {
        this.policyComponent = policyComponent;
    }

    /** Alfresco's internal node service: the register is the partnership's, whoever's change fills it. */
    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setStoredChallenges(StoredChallenges stored)
    {
        this.stored = stored;
    }

    public void setRegister(ChallengeRegister register)
    {
        this.register = register;
    }

    public void init()
    {
        bind(NodeServicePolicies.OnCreateNodePolicy.QNAME, TYPE_PRACTICE_CHALLENGE, "onCreateNode");
        bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, TYPE_PRACTICE_CHALLENGE, "onUpdateProperties");
        bind(NodeServicePolicies.OnRestoreNodePolicy.QNAME, TYPE_PRACTICE_CHALLENGE, "onRestoreNode");
        bind(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, TYPE_PRACTICE_CHALLENGE, "beforeDeleteNode");
        bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, ASPECT_CHILD_CASE, "onUpdateCaseFolder");
        bind(NodeServicePolicies.OnCreateNodePolicy.QNAME, TYPE_CASE_RECORD_ENTRY, "onCreateEntry");
        bind(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, TYPE_CASE_RECORD_ENTRY, "beforeDeleteEntry");
    }

    private void bind(QName policy, QName type, String method)
    {
        policyComponent.bindClassBehaviour(policy, type, new JavaBehaviour(this, method, NotificationFrequency.EVERY_EVENT));
    }

    public void onCreateNode(ChildAssociationRef created)
    {
        touched(created.getChildRef(), true);
    }

    public void onUpdateProperties(NodeRef challenge, Map<QName, Serializable> before, Map<QName, Serializable> after)
    {
        touched(challenge, true);
    }

    public void onRestoreNode(ChildAssociationRef restored)
    {
        touched(restored.getChildRef(), true);
    }

    public void beforeDeleteNode(NodeRef challenge)
    {
        touched(challenge, false);
    }

    /** A case folder's child and category are on its challenges' rows, so a change to them rewrites the rows. */
    public void onUpdateCaseFolder(NodeRef caseFolder, Map<QName, Serializable> before, Map<QName, Serializable> after)
    {
        if (Stream.of(PROP_CASE_CATEGORY, PROP_CHILD_IDENTIFIER, PROP_CHILD_NAME)
                .allMatch(property -> Objects.equals(before.get(property), after.get(property))))
        {
            return;
        }
        for (ChildAssociationRef child : nodeService.getChildAssocs(caseFolder, Set.of(TYPE_PRACTICE_CHALLENGE)))
        {
            touched(child.getChildRef(), true);
        }
    }

    /**
     * A six-week CiN check's entry on a case folder is registered as it is written (entries never change afterwards),
     * in the same transaction; other entries are not registered.
     */
    public void onCreateEntry(ChildAssociationRef created)
    {
        NodeRef entry = created.getChildRef();
        Map<QName, Serializable> p = nodeService.getProperties(entry);
        String outcome = NodeValues.text(p, PROP_CIN_OUTCOME);
        Instant recordedAt = NodeValues.instant(p, PROP_RECORDED_AT);
        if (outcome == null || recordedAt == null || !StoreRef.STORE_REF_WORKSPACE_SPACESSTORE.equals(entry.getStoreRef()))
        {
            return;
        }
        register.recordCinCheck(entry.toString(), created.getParentRef().toString(), recordedAt,
                CinOutcome.fromCode("pc:cinOutcome", outcome), NodeValues.text(p, PROP_AGENCY));
    }

    public void beforeDeleteEntry(NodeRef entry)
    {
        register.removeCinCheck(entry.toString());
    }

    /** Notes the challenge for this transaction: {@code true} to write its row, {@code false} to remove it. */
    private void touched(NodeRef challenge, boolean present)
    {
        if (!StoreRef.STORE_REF_WORKSPACE_SPACESSTORE.equals(challenge.getStoreRef()))
        {
            return;
        }
        Map<NodeRef, Boolean> touched = AlfrescoTransactionSupport.getResource(TOUCHED);
        if (touched == null)
        {
            touched = new LinkedHashMap<>();
            AlfrescoTransactionSupport.bindResource(TOUCHED, touched);
            AlfrescoTransactionSupport.bindListener(this);
        }
        touched.put(challenge, present);
    }

    @Override
    public void beforeCommit(boolean readOnly)
    {
        Map<NodeRef, Boolean> touched = AlfrescoTransactionSupport.getResource(TOUCHED);
        if (touched == null)
        {
            return;
        }
        for (Map.Entry<NodeRef, Boolean> change : touched.entrySet())
        {
            NodeRef challenge = change.getKey();
            if (change.getValue() && nodeService.exists(challenge))
            {
                stored.read(challenge).ifPresentOrElse(register::record, () -> register.remove(challenge.toString()));
            }
            else
            {
                register.remove(challenge.toString());
            }
        }
        touched.clear();
    }

    @Override
    public void beforeCompletion()
    {
    }

    @Override
    public void afterCommit()
    {
    }

    @Override
    public void afterRollback()
    {
    }
}
