package org.practicechallenge.share;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names DEVELOPERS.md fixes for the repository's models, used where the Share module depends on them.
 * When the repository module's model files are present the tests read those instead; this is what they are
 * checked against until then.
 */
final class NamingContract
{
    static final List<String> STAGES = List.of("stage1", "stage2", "stage3", "stage4", "practiceReviewGroup");
    static final List<String> KINDS = List.of("professionalDifference", "conferenceChallenge");
    static final List<String> STATUSES = List.of("open", "resolved", "withdrawn");
    static final List<String> DEFAULT_AGENCIES = List.of("socialCare", "police", "health", "education", "safeguardingUnit");

    /** Process id to the start task type its start event's formKey names. */
    static final Map<String, String> START_TASKS = Map.of(
        "pcPracticeChallenge", "pcwf:raiseChallengeTask",
        "pcCinStepDownCheck", "pcwf:cinStepDownStartTask");

    /** Every user task type of both processes, with the outcome property of those that have one. */
    static final Map<String, String> TASK_OUTCOMES = Map.of(
        "pcwf:stageResponseTask", "",
        "pcwf:stageDecisionTask", "pcwf:stageOutcome",
        "pcwf:practiceReviewGroupTask", "pcwf:referralOutcome",
        "pcwf:familyInformedTask", "",
        "pcwf:cinEvidenceCheckTask", "pcwf:cinOutcome");

    static final Set<String> PC_PROPERTIES = prefixed("pc:",
        // aspect pc:childCase
        "childIdentifier", "childName", "childDateOfBirth", "caseCategory", "caseClosedDate",
        // aspect pc:escalationSummary
        "openChallengeCount", "highestOpenStage", "anyOverdue", "lastEscalationDate",
        // type pc:practiceChallenge
        "reference", "kind", "stage", "startStage", "status", "outcome", "outcomeSummary", "withdrawalReason",
        "raisingAgency", "respondingAgency", "issueCategory", "issueCategoryDescription", "issueSummary",
        "immediateWelfareConcern", "lineManagerConsulted", "lineManagerName", "lineManagerConsultedDate",
        "raisedBy", "raisedDate", "conferenceDate", "nextConferenceDate", "formDueDate", "raisedLate",
        "stageStartedDate", "dueDate", "overdue", "familyInformedDate", "closedDate", "workflowInstanceId",
        "retainUntil",
        // type pc:caseRecordEntry
        "entryKind", "entryStage", "discussionMethod", "facts", "opinion", "entryOutcome", "entryOutcomeSummary",
        "agreedActions", "author", "agency", "recordedAt");

    static final Set<String> PCWF_PROPERTIES = prefixed("pcwf:",
        // aspect pcwf:discussionRecord
        "discussionMethod", "facts", "opinion", "outcomeSummary", "agreedActions",
        // aspect pcwf:challengeProgress
        "challengeRef", "stage", "status", "dueDate", "reminderDate", "overdueDate", "overdue", "raisedBy",
        "challengeKind", "raisingAgency", "respondingAgency",
        // start of pcPracticeChallenge
        "startStage", "lineManagerConsulted", "issueCategory", "issueSummary", "immediateWelfareConcern",
        "conferenceDate", "caseFolder", "lineManagerName", "lineManagerConsultedDate", "issueCategoryDescription",
        "nextConferenceDate",
        // task variables
        "stageOutcome", "withdrawalReason", "referralOutcome", "familyInformedDate", "cinOutcome",
        // pcCinStepDownCheck
        "chair", "cinCheckDate");

    static final Set<String> CLASSES = Set.of("pc:childCase", "pc:escalationSummary", "pc:practiceChallenge",
        "pc:caseRecordEntry", "pcwf:raiseChallengeTask", "pcwf:stageResponseTask", "pcwf:stageDecisionTask",
        "pcwf:practiceReviewGroupTask", "pcwf:familyInformedTask", "pcwf:cinStepDownStartTask",
        "pcwf:cinEvidenceCheckTask", "pcwf:discussionRecord", "pcwf:challengeProgress");

    private NamingContract()
    {
    }

    private static Set<String> prefixed(String prefix, String... names)
    {
        return Stream.of(names).map(n -> prefix + n).collect(Collectors.toUnmodifiableSet());
    }
}
