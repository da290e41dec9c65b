package org.practicechallenge.repo.integrity;

import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.namespace.QName;
import org.practicechallenge.protocol.PartnershipSettings;

/**
 * Holds the case record to {@link CaseRecordRules} whoever writes to it: Share's edit form, the REST API, a script
 * or a rule all go through the node service, and these behaviours refuse, rolling the change back, whatever the
 * rules forbid. Bound {@code EVERY_EVENT} so the refusal happens inside the write, in the writer's thread.
 *
 * <p>Records managers are the members of {@code practicechallenge.retention.group} (default
 * {@code GROUP_PC_RECORDS_MANAGERS}). Nodes already in the archive store were deleted through these rules once, so
 * purging them from the trashcan is not checked again.</p>
 */
public class CaseRecordIntegrity
{
    static final String RECORDS_MANAGERS_SETTING = "practicechallenge.retention.group";
    static final String DEFAULT_RECORDS_MANAGERS = "GROUP_PC_RECORDS_MANAGERS";

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private AuthorityService authorityService;
    private ZoneId zone;
    private String recordsManagers = DEFAULT_RECORDS_MANAGERS;
    private Clock clock = Clock.systemUTC();

    public void setPolicyComponent(PolicyComponent policyComponent)
    {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setAuthorityService(AuthorityService authorityService)
    {
        this.authorityService = authorityService;
    }

    public void setPartnershipSettings(PartnershipSettings settings)
    {
        this.zone = settings.zone();
    }

    public void setSettings(Properties settings)
    {
        this.recordsManagers = settings.getProperty(RECORDS_MANAGERS_SETTING, DEFAULT_RECORDS_MANAGERS).trim();
    }

    void setClock(Clock clock)
    {
        this.clock = clock;
    }

    public String recordsManagers()
    {
        return recordsManagers;
    }

    public void init()
    {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, TYPE_CASE_RECORD_ENTRY,
                new JavaBehaviour(this, "onUpdateEntryProperties", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, TYPE_PRACTICE_CHALLENGE,
                new JavaBehaviour(this, "onUpdateChallengeProperties", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, TYPE_CASE_RECORD_ENTRY,
                new JavaBehaviour(this, "beforeDeleteEntry", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, TYPE_PRACTICE_CHALLENGE,
                new JavaBehaviour(this, "beforeDeleteChallenge", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindAssociationBehaviour(NodeServicePolicies.OnCreateChildAssociationPolicy.QNAME, TYPE_PRACTICE_CHALLENGE,
                new JavaBehaviour(this, "onCreateChallengeChild", NotificationFrequency.EVERY_EVENT));
    }

    public void onUpdateEntryProperties(NodeRef entry, Map<QName, Serializable> before, Map<QName, Serializable> after)
    {
        refuse(CaseRecordRules.entryChange(before, after, writer()));
    }

    public void onUpdateChallengeProperties(NodeRef challenge, Map<QName, Serializable> before, Map<QName, Serializable> after)
    {
        refuse(CaseRecordRules.challengeChange(before, after, writer()));
    }

    public void beforeDeleteEntry(NodeRef entry)
    {
        if (isArchived(entry))
        {
            return;
        }
        RecordWriter writer = writer();
        Map<QName, Serializable> parentChallenge = null;
        if (writer == RecordWriter.RECORDS_MANAGER)
        {
            NodeRef parent = nodeService.getPrimaryParent(entry).getParentRef();
            if (TYPE_PRACTICE_CHALLENGE.equals(nodeService.getType(parent)))
            {
                parentChallenge = nodeService.getProperties(parent);
            }
        }
        refuse(CaseRecordRules.entryDeletion(parentChallenge, writer, today(), zone));
    }

    public void beforeDeleteChallenge(NodeRef challenge)
    {
        if (isArchived(challenge))
        {
            return;
        }
        refuse(CaseRecordRules.challengeDeletion(nodeService.getProperties(challenge), writer(), today(), zone));
    }

    public void onCreateChallengeChild(ChildAssociationRef childAssoc, boolean isNewNode)
    {
        refuse(CaseRecordRules.newChild(nodeService.getProperties(childAssoc.getParentRef()), writer()));
    }

    /** The module's own marked writes first; otherwise whether the person behind the change manages records. */
    RecordWriter writer()
    {
        return RecordWrites.current().orElseGet(() -> isRecordsManager() ? RecordWriter.RECORDS_MANAGER : RecordWriter.ANYONE_ELSE);
    }

    private boolean isRecordsManager()
    {
        String user = AuthenticationUtil.getFullyAuthenticatedUser();
        // Asked as system: ACS keeps getAuthoritiesForUser for administrators, and the behaviour may run inside a
        // system write, where the current user's own getAuthorities() would be System's.
        return user != null && AuthenticationUtil.runAsSystem(() -> authorityService.getAuthoritiesForUser(user)).contains(recordsManagers);
    }

    private LocalDate today()
    {
        return LocalDate.now(clock.withZone(zone));
    }

    private static boolean isArchived(NodeRef node)
    {
        return StoreRef.PROTOCOL_ARCHIVE.equals(node.getStoreRef().getProtocol());
    }

    private static void refuse(Optional<String> refusal)
    {
        if (refusal.isPresent())
        {
            throw new CaseRecordIntegrityException(refusal.get());
        }
    }
}
