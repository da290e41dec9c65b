package org.practicechallenge.repo.register;

import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.Serializable;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.practicechallenge.protocol.CaseCategory;
import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.ProtocolViolation;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.protocol.report.StageStarts;
import org.practicechallenge.repo.NodeValues;

/**
 * Reads a {@code pc:practiceChallenge} node, and its case folder's child and category, as the {@link ChallengeSummary} the
 * register keeps. The day the current stage began is {@code pc:stageStartedDate} in the partnership's zone; the
 * register keeps each earlier stage's day from when that stage was current. Who raised it ({@code pc:raisedBy}) and
 * the practitioner it challenges ({@code pc:challengedPractitioner}) are kept so that each finds it.
 */
public class StoredChallenges
{
    private static final System.Logger LOG = System.getLogger(StoredChallenges.class.getName());

    private final NodeService nodeService;
    private final ZoneId zone;

    public StoredChallenges(NodeService nodeService, PartnershipSettings settings)
    {
        this(nodeService, settings.zone());
    }

    StoredChallenges(NodeService nodeService, ZoneId zone)
    {
        this.nodeService = nodeService;
        this.zone = zone;
    }

    /**
     * The challenge as the register keeps it; empty when its coded properties are not the protocol's (hand-edited,
     * or from an older model), which is logged with its reference rather than failing the writer's transaction.
     */
    public Optional<ChallengeSummary> read(NodeRef challenge)
    {
        Map<QName, Serializable> p = nodeService.getProperties(challenge);
        NodeRef caseFolder = nodeService.getPrimaryParent(challenge).getParentRef();
        Map<QName, Serializable> folder = caseFolder == null ? Map.of() : nodeService.getProperties(caseFolder);
        try
        {
            Object startStage = p.get(PROP_START_STAGE);
            Object category = p.get(PROP_ISSUE_CATEGORY);
            Stage stage = Stage.fromCode("pc:stage", p.get(PROP_STAGE));
            Instant raisedAt = NodeValues.instant(p, PROP_RAISED_DATE);
            Instant stageStarted = NodeValues.instant(p, PROP_STAGE_STARTED_DATE);
            return Optional.of(new ChallengeSummary(
                    challenge.toString(),
                    NodeValues.text(p, PROP_REFERENCE),
                    caseFolder == null ? null : caseFolder.toString(),
                    NodeValues.text(folder, PROP_CHILD_IDENTIFIER),
                    NodeValues.text(folder, PROP_CHILD_NAME),
                    ChallengeKind.fromCode("pc:kind", p.get(PROP_KIND)),
                    stage,
                    startStage == null ? null : Stage.fromCode("pc:startStage", startStage),
                    ChallengeStatus.fromCode("pc:status", p.get(PROP_STATUS)),
                    NodeValues.text(p, PROP_RAISING_AGENCY),
                    NodeValues.text(p, PROP_RESPONDING_AGENCY),
                    category == null ? null : IssueCategory.fromCode("pc:issueCategory", category),
                    raisedAt,
                    NodeValues.instant(p, PROP_CLOSED_DATE),
                    NodeValues.day(p, PROP_DUE_DATE),
                    NodeValues.flag(p, PROP_OVERDUE),
                    caseCategory(folder.get(PROP_CASE_CATEGORY)),
                    NodeValues.flag(p, PROP_RAISED_LATE),
                    NodeValues.day(p, PROP_FAMILY_INFORMED_DATE),
                    StageStarts.none().with(stage, day(stageStarted != null ? stageStarted : raisedAt)),
                    NodeValues.text(p, PROP_RAISED_BY),
                    NodeValues.text(p, PROP_CHALLENGED_PRACTITIONER)));
        }
        catch (ProtocolViolation unreadable)
        {
            LOG.log(Level.WARNING, "Practice challenge {0} left out of the register: {1}", challenge,
                    unreadable.getMessage());
            return Optional.empty();
        }
    }

    private static CaseCategory caseCategory(Serializable code)
    {
        try
        {
            return code == null ? null : CaseCategory.fromCode("pc:caseCategory", code);
        }
        catch (ProtocolViolation unknown)
        {
            return null;
        }
    }

    private LocalDate day(Instant moment)
    {
        return moment == null ? null : LocalDate.ofInstant(moment, zone);
    }
}
