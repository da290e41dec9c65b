package org.practicechallenge.protocol.report;

import java.time.Instant;
import java.time.LocalDate;

import org.practicechallenge.protocol.CaseCategory;
import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.ProtocolViolation;
import org.practicechallenge.protocol.Stage;

/**
 * One challenge as the partnership report and the directors' list see it: one row per {@code pc:practiceChallenge}.
 * {@code stage} is the stage reached: stages never go back, so the current stage of an open challenge and the last
 * stage of a closed one are the highest it reached.
 *
 * @param ref              the challenge node's reference, {@code workspace://SpacesStore/...}
 * @param reference        the human reference, such as {@code PC-2026-0007}
 * @param caseFolder       the child's case folder node reference
 * @param childIdentifier  the child's identifier, read from the case folder; only for readers who may read that
 *                         folder (see {@link #withoutChild()})
 * @param raisedAt         when the challenge was raised ({@code pc:raisedDate})
 * @param closedAt         when it was resolved or withdrawn; {@code null} while open
 * @param dueDate          when the current stage's response is due; {@code null} once closed
 * @param overdue          the protocol's own overdue flag, set by the stage timer
 * @param caseCategory     the plan or status the child's case is held under, from the case folder
 * @param raisedLate       a conference challenge raised after its form was due
 * @param familyInformed   the day the chair recorded that the family was told; {@code null} if not yet
 * @param stageStarts      the day each stage reached began
 * @param raisedBy         the user name of the person who raised it ({@code pc:raisedBy})
 * @param challengedPractitioner the user name of the responding agency's practitioner it challenges
 *                         ({@code pc:challengedPractitioner}); {@code null} when none is named
 */
public record ChallengeSummary(
        String ref,
        String reference,
        String caseFolder,
        String childIdentifier,
        String childName,
        ChallengeKind kind,
        Stage stage,
        Stage startStage,
        ChallengeStatus status,
        String raisingAgency,
        String respondingAgency,
        IssueCategory issueCategory,
        Instant raisedAt,
        Instant closedAt,
        LocalDate dueDate,
        boolean overdue,
        CaseCategory caseCategory,
        boolean raisedLate,
        LocalDate familyInformed,
        StageStarts stageStarts,
        String raisedBy,
        String challengedPractitioner)
{
    public ChallengeSummary
    {
        if (stageStarts == null)
        {
            stageStarts = StageStarts.none();
        }
        required("ref", ref);
        required("pc:kind", kind);
        required("pc:stage", stage);
        required("pc:status", status);
        required("pc:raisedDate", raisedAt);
    }

    /** A row without the people named on it. */
    public ChallengeSummary(String ref, String reference, String caseFolder, String childIdentifier, String childName,
            ChallengeKind kind, Stage stage, Stage startStage, ChallengeStatus status, String raisingAgency,
            String respondingAgency, IssueCategory issueCategory, Instant raisedAt, Instant closedAt,
            LocalDate dueDate, boolean overdue, CaseCategory caseCategory, boolean raisedLate, LocalDate familyInformed,
            StageStarts stageStarts)
    {
        this(ref, reference, caseFolder, childIdentifier, childName, kind, stage, startStage, status, raisingAgency,
                respondingAgency, issueCategory, raisedAt, closedAt, dueDate, overdue, caseCategory, raisedLate,
                familyInformed, stageStarts, null, null);
    }

    /** A row without what only the case folder and the stage history tell. */
    public ChallengeSummary(String ref, String reference, String caseFolder, String childIdentifier, String childName,
            ChallengeKind kind, Stage stage, Stage startStage, ChallengeStatus status, String raisingAgency,
            String respondingAgency, IssueCategory issueCategory, Instant raisedAt, Instant closedAt,
            LocalDate dueDate, boolean overdue)
    {
        this(ref, reference, caseFolder, childIdentifier, childName, kind, stage, startStage, status, raisingAgency,
                respondingAgency, issueCategory, raisedAt, closedAt, dueDate, overdue, null, false, null,
                StageStarts.none());
    }

    /** This row without the child's identifier and name, for a reader who may not open the case folder. */
    public ChallengeSummary withoutChild()
    {
        return new ChallengeSummary(ref, reference, caseFolder, null, null, kind, stage, startStage, status,
                raisingAgency, respondingAgency, issueCategory, raisedAt, closedAt, dueDate, overdue, caseCategory,
                raisedLate, familyInformed, stageStarts, raisedBy, challengedPractitioner);
    }

    /** The same row naming who raised it and the practitioner it challenges. */
    public ChallengeSummary withPeople(String raisedBy, String challengedPractitioner)
    {
        return new ChallengeSummary(ref, reference, caseFolder, childIdentifier, childName, kind, stage, startStage,
                status, raisingAgency, respondingAgency, issueCategory, raisedAt, closedAt, dueDate, overdue,
                caseCategory, raisedLate, familyInformed, stageStarts, raisedBy, challengedPractitioner);
    }

    /** Open challenges that have gone beyond Stage 1 (including those started at Stage 2 or 3) are escalations. */
    public boolean isOpenEscalation()
    {
        return status == ChallengeStatus.OPEN && stage.number() >= Stage.STAGE_2.number();
    }

    /** Whether either side of the challenge is this agency. */
    public boolean involves(String agency)
    {
        return agency.equals(raisingAgency) || agency.equals(respondingAgency);
    }

    private static void required(String field, Object value)
    {
        if (value == null)
        {
            throw new ProtocolViolation(field, "is required on every challenge");
        }
    }
}
