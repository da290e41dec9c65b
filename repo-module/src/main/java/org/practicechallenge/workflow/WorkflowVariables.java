package org.practicechallenge.workflow;

/**
 * Process and task variable names. Each is a property of the workflow model {@code pcwf}: Alfresco maps
 * {@code pcwf:x} to the variable {@code pcwf_x}.
 */
final class WorkflowVariables
{
    // Raising a challenge
    static final String CHALLENGE_KIND = "pcwf_challengeKind";
    static final String START_STAGE = "pcwf_startStage";
    static final String LINE_MANAGER_CONSULTED = "pcwf_lineManagerConsulted";
    static final String LINE_MANAGER_NAME = "pcwf_lineManagerName";
    static final String LINE_MANAGER_CONSULTED_DATE = "pcwf_lineManagerConsultedDate";
    static final String RAISING_AGENCY = "pcwf_raisingAgency";
    static final String RESPONDING_AGENCY = "pcwf_respondingAgency";
    /** The user name of the practitioner challenged, taken from the person the raise form's people picker gives. */
    static final String CHALLENGED_PRACTITIONER = "pcwf_challengedPractitioner";
    static final String ISSUE_CATEGORY = "pcwf_issueCategory";
    static final String ISSUE_CATEGORY_DESCRIPTION = "pcwf_issueCategoryDescription";
    static final String ISSUE_SUMMARY = "pcwf_issueSummary";
    /** What happened and why the raiser thinks it wrong, kept apart as the protocol asks. */
    static final String ISSUE_FACTS = "pcwf_issueFacts";
    static final String ISSUE_OPINION = "pcwf_issueOpinion";
    static final String IMMEDIATE_WELFARE_CONCERN = "pcwf_immediateWelfareConcern";
    static final String CONFERENCE_DATE = "pcwf_conferenceDate";
    static final String NEXT_CONFERENCE_DATE = "pcwf_nextConferenceDate";
    static final String CASE_FOLDER = "pcwf_caseFolder";
    static final String RAISED_BY = "pcwf_raisedBy";

    // Where the challenge stands
    static final String CHALLENGE_REF = "pcwf_challengeRef";
    static final String STAGE = "pcwf_stage";
    static final String STATUS = "pcwf_status";
    static final String RAISED_DATE = "pcwf_raisedDate";
    static final String STAGE_STARTED_DATE = "pcwf_stageStartedDate";
    static final String DUE_DATE = "pcwf_dueDate";
    static final String REMINDER_DATE = "pcwf_reminderDate";
    static final String OVERDUE_DATE = "pcwf_overdueDate";
    static final String OVERDUE = "pcwf_overdue";
    static final String FORM_DUE_DATE = "pcwf_formDueDate";
    static final String RAISED_LATE = "pcwf_raisedLate";
    static final String CLOSED_DATE = "pcwf_closedDate";
    static final String CHALLENGE_OUTCOME = "pcwf_challengeOutcome";
    static final String CHALLENGE_OUTCOME_SUMMARY = "pcwf_challengeOutcomeSummary";
    static final String CHALLENGE_WITHDRAWAL_REASON = "pcwf_challengeWithdrawalReason";

    // What a participant records on a task
    static final String DISCUSSION_METHOD = "pcwf_discussionMethod";
    static final String FACTS = "pcwf_facts";
    static final String OPINION = "pcwf_opinion";
    static final String OUTCOME_SUMMARY = "pcwf_outcomeSummary";
    static final String AGREED_ACTIONS = "pcwf_agreedActions";
    static final String STAGE_OUTCOME = "pcwf_stageOutcome";
    static final String WITHDRAWAL_REASON = "pcwf_withdrawalReason";
    static final String REFERRAL_OUTCOME = "pcwf_referralOutcome";
    static final String FAMILY_INFORMED_DATE = "pcwf_familyInformedDate";
    static final String FAMILY_TOLD_METHOD = "pcwf_familyToldMethod";
    static final String FAMILY_NOT_TOLD_REASON = "pcwf_familyNotToldReason";

    // Child in Need step-down check
    static final String CHAIR = "pcwf_chair";
    static final String CIN_CHECK_DATE = "pcwf_cinCheckDate";
    static final String CIN_OUTCOME = "pcwf_cinOutcome";

    /** Task-form values that belong to one task only; cleared so the next task must record its own. */
    static final String[] TASK_RECORD = {DISCUSSION_METHOD, FACTS, OPINION, OUTCOME_SUMMARY, AGREED_ACTIONS,
            STAGE_OUTCOME, WITHDRAWAL_REASON, REFERRAL_OUTCOME};

    static final String PROCESS_PRACTICE_CHALLENGE = "pcPracticeChallenge";

    private WorkflowVariables()
    {
    }
}
