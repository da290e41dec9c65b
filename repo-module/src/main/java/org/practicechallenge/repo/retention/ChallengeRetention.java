package org.practicechallenge.repo.retention;

import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.practicechallenge.protocol.CaseCategory;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.repo.NodeValues;
import org.practicechallenge.repo.integrity.RecordWriter;
import org.practicechallenge.repo.integrity.RecordWrites;

/**
 * Keeps each challenge's {@code pc:retainUntil} in step with its child's case: the adapter asks for the date when it
 * writes a challenge, and when someone changes the case's category, closure date or the child's date of birth, this
 * behaviour recomputes it for every challenge in the case folder (closed ones included; that is what retention is
 * allowed to change on them).
 */
public class ChallengeRetention
{
    private static final Set<QName> FACTS = Set.of(PROP_CASE_CATEGORY, PROP_CASE_CLOSED_DATE, PROP_CHILD_DATE_OF_BIRTH);

    private NodeService nodeService;
    private PolicyComponent policyComponent;
    private RetentionSchedule schedule;
    private ZoneId zone;

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setPolicyComponent(PolicyComponent policyComponent)
    {
        this.policyComponent = policyComponent;
    }

    public void setSchedule(RetentionSchedule schedule)
    {
        this.schedule = schedule;
    }

    public void setPartnershipSettings(PartnershipSettings settings)
    {
        this.zone = settings.zone();
    }

    public void init()
    {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, ASPECT_CHILD_CASE,
                new JavaBehaviour(this, "onUpdateCaseProperties", NotificationFrequency.EVERY_EVENT));
    }

    /** The retain-until date of a challenge closed on {@code challengeClosed} (or still open) in this case. */
    public Optional<LocalDate> retainUntil(Map<QName, Serializable> caseFolder, LocalDate challengeClosed)
    {
        String category = NodeValues.text(caseFolder.get(PROP_CASE_CATEGORY));
        return schedule.retainUntil(category == null ? null : CaseCategory.fromCode("caseCategory", category),
                new RetentionSchedule.Facts(NodeValues.day(caseFolder.get(PROP_CASE_CLOSED_DATE)),
                        NodeValues.day(caseFolder.get(PROP_CHILD_DATE_OF_BIRTH)), challengeClosed));
    }

    /** As a {@code d:date} value, {@code null} while unknown. */
    public Date retainUntilValue(Map<QName, Serializable> caseFolder, LocalDate challengeClosed)
    {
        return NodeValues.date(retainUntil(caseFolder, challengeClosed).orElse(null));
    }

    public void onUpdateCaseProperties(NodeRef caseFolder, Map<QName, Serializable> before, Map<QName, Serializable> after)
    {
        if (FACTS.stream().allMatch(fact -> Objects.equals(before.get(fact), after.get(fact))))
        {
            return;
        }
        // Whoever corrects the case's dates may not be allowed to write its (closed) challenges; the dates they
        // derive must follow all the same.
        AuthenticationUtil.runAsSystem(() -> RecordWrites.as(RecordWriter.RETENTION, () ->
        {
            List<ChildAssociationRef> challenges = nodeService.getChildAssocs(caseFolder, Set.of(TYPE_PRACTICE_CHALLENGE));
            for (ChildAssociationRef assoc : challenges)
            {
                NodeRef challenge = assoc.getChildRef();
                LocalDate closed = NodeValues.day(nodeService.getProperty(challenge, PROP_CLOSED_DATE));
                Date retainUntil = retainUntilValue(after, closed);
                LocalDate stored = NodeValues.day(nodeService.getProperty(challenge, PROP_RETAIN_UNTIL));
                if (!Objects.equals(NodeValues.day(retainUntil), stored))
                {
                    nodeService.setProperty(challenge, PROP_RETAIN_UNTIL, retainUntil);
                }
            }
            return null;
        }));
    }
}
