package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.StageDeadline;
import org.practicechallenge.protocol.StageOutcome;

/**
 * Keeps a {@link Challenge} in its process's variables: the engine's record of where the challenge stands, written
 * in the same transaction as each step, so a restart or rollback never separates the two.
 */
final class ChallengeVariables
{
    private ChallengeVariables()
    {
    }

    static void write(Challenge c, ProcessVariables v)
    {
        v.set(CHALLENGE_REF, c.ref());
        v.set(CASE_FOLDER, c.caseFolder());
        v.set(CHALLENGE_KIND, c.kind().code());
        v.set(START_STAGE, c.startStage().number());
        v.set(STAGE, c.stage().code());
        v.set(STATUS, c.status().code());
        v.set(RAISING_AGENCY, c.raisingAgency());
        v.set(RESPONDING_AGENCY, c.respondingAgency());
        v.set(CHALLENGED_PRACTITIONER, c.challengedPractitioner());
        v.set(ISSUE_CATEGORY, c.issueCategory().code());
        v.set(ISSUE_CATEGORY_DESCRIPTION, c.issueCategoryDescription());
        v.set(ISSUE_SUMMARY, c.issueSummary());
        v.set(IMMEDIATE_WELFARE_CONCERN, c.immediateWelfareConcern());
        v.set(LINE_MANAGER_CONSULTED, c.lineManagerConsulted());
        v.set(LINE_MANAGER_NAME, c.lineManagerName());
        v.set(LINE_MANAGER_CONSULTED_DATE, c.lineManagerConsultedDate());
        v.set(RAISED_BY, c.raisedBy());
        v.set(RAISED_DATE, c.raisedAt());
        v.set(CONFERENCE_DATE, c.conferenceDate());
        v.set(NEXT_CONFERENCE_DATE, c.nextConferenceDate());
        v.set(FORM_DUE_DATE, c.formDueDate());
        v.set(RAISED_LATE, c.raisedLate());
        v.set(STAGE_STARTED_DATE, c.stageStartedAt());
        v.set(DUE_DATE, c.deadline() == null ? null : c.deadline().dueDate());
        v.set(REMINDER_DATE, c.deadline() == null ? null : c.deadline().remindAt());
        v.set(OVERDUE_DATE, c.deadline() == null ? null : c.deadline().overdueAt());
        v.set(OVERDUE, c.overdue());
        v.set(FAMILY_INFORMED_DATE, c.familyInformedDate());
        v.set(CLOSED_DATE, c.closedAt());
        v.set(CHALLENGE_OUTCOME, c.outcome() == null ? null : c.outcome().code());
        v.set(CHALLENGE_OUTCOME_SUMMARY, c.outcomeSummary());
        v.set(CHALLENGE_WITHDRAWAL_REASON, c.withdrawalReason());
    }

    static Challenge read(ProcessVariables v)
    {
        String outcome = v.text(CHALLENGE_OUTCOME);
        StageDeadline deadline = v.date(DUE_DATE) == null ? null
                : new StageDeadline(v.date(DUE_DATE), v.instant(REMINDER_DATE), v.instant(OVERDUE_DATE));
        return Challenge.builder()
                .ref(v.text(CHALLENGE_REF))
                .caseFolder(v.text(CASE_FOLDER))
                .kind(ChallengeKind.fromCode(CHALLENGE_KIND, v.text(CHALLENGE_KIND)))
                .startStage(Stage.ofNumber(START_STAGE, ((Number) v.raw(START_STAGE)).intValue()))
                .stage(Stage.fromCode(STAGE, v.text(STAGE)))
                .status(ChallengeStatus.fromCode(STATUS, v.text(STATUS)))
                .raisingAgency(v.text(RAISING_AGENCY))
                .respondingAgency(v.text(RESPONDING_AGENCY))
                .challengedPractitioner(v.text(CHALLENGED_PRACTITIONER))
                .issueCategory(IssueCategory.fromCode(ISSUE_CATEGORY, v.text(ISSUE_CATEGORY)))
                .issueCategoryDescription(v.text(ISSUE_CATEGORY_DESCRIPTION))
                .issueSummary(v.text(ISSUE_SUMMARY))
                .immediateWelfareConcern(Boolean.TRUE.equals(v.flag(IMMEDIATE_WELFARE_CONCERN)))
                .lineManagerConsulted(Boolean.TRUE.equals(v.flag(LINE_MANAGER_CONSULTED)))
                .lineManagerName(v.text(LINE_MANAGER_NAME))
                .lineManagerConsultedDate(v.date(LINE_MANAGER_CONSULTED_DATE))
                .raisedBy(v.text(RAISED_BY))
                .raisedAt(v.instant(RAISED_DATE))
                .conferenceDate(v.date(CONFERENCE_DATE))
                .nextConferenceDate(v.date(NEXT_CONFERENCE_DATE))
                .formDueDate(v.date(FORM_DUE_DATE))
                .raisedLate(Boolean.TRUE.equals(v.flag(RAISED_LATE)))
                .stageStartedAt(v.instant(STAGE_STARTED_DATE))
                .deadline(deadline)
                .overdue(Boolean.TRUE.equals(v.flag(OVERDUE)))
                .familyInformedDate(v.date(FAMILY_INFORMED_DATE))
                .closedAt(v.instant(CLOSED_DATE))
                .outcome(outcome == null ? null : StageOutcome.fromCode(CHALLENGE_OUTCOME, outcome))
                .outcomeSummary(v.text(CHALLENGE_OUTCOME_SUMMARY))
                .withdrawalReason(v.text(CHALLENGE_WITHDRAWAL_REASON))
                .build();
    }
}
