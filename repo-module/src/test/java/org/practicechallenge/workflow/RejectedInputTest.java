package org.practicechallenge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.practicechallenge.workflow.ChallengeVariablesFixture.*;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicechallenge.protocol.Challenge;

/**
 * Every input the protocol refuses, on the real engine: the refusal is exactly the field's label as the form shows it
 * and the rule, said once, and no process, task, challenge or entry is left behind or changed. Today is Monday
 * 24 August 2026 in London.
 */
class RejectedInputTest
{
    private static final String AGENCIES = "[education, health, police, safeguardingUnit, socialCare]";
    private static final String PD_CATEGORIES = "'lateReport' is not one of: referralAndThreshold, assessment, planningAndReview, "
            + "serviceProvision, informationSharing, parentsNotGivenReport, reportNotSubmittedInTime, reportBelowStandard, "
            + "childNotVisitedInTimescale, coreGroupNotHeldOrAttended, carePlanningNotEvidenced, cinStepDownNotEvidenced, other";
    private static final String MARKUP = "must be plain text without markup or script";

    private static PracticeChallengeEngine engine;

    @BeforeAll
    static void startEngine()
    {
        engine = PracticeChallengeEngine.builder().startingAt(PracticeChallengeEngine.MONDAY_24_AUGUST_2026).build();
    }

    @AfterAll
    static void stopEngine()
    {
        engine.close();
    }

    static Stream<Arguments> rejectedStarts()
    {
        Map<String, Object> pd = professionalDifference();
        Map<String, Object> cc = conferenceChallenge(1, false);
        return Stream.of(
                row("Stage 4 start", with(conferenceChallenge(4, true), "pcwf_startStage", 4), "Start at stage: a challenge cannot start at Stage 4; it is reached only by escalation from Stage 3"),
                row("Stage 5 start", with(conferenceChallenge(1, true), "pcwf_startStage", 5), "Start at stage: must be a stage number from 1 to 4"),
                row("Stage 0 start", with(conferenceChallenge(1, true), "pcwf_startStage", 0), "Start at stage: must be a stage number from 1 to 4"),
                row("stage given as a word", with(conferenceChallenge(1, true), "pcwf_startStage", "two"), "Start at stage: must be a stage number from 1 to 4"),
                row("stage given as a fraction", with(conferenceChallenge(1, true), "pcwf_startStage", 2.5), "Start at stage: must be a stage number from 1 to 4"),
                row("Stage 2 without consulting the line manager", conferenceChallenge(2, false), "Line manager consulted: a chair may start at Stage 2 only after consulting their own line manager"),
                row("Stage 3 without consulting the line manager", conferenceChallenge(3, false), "Line manager consulted: a chair may start at Stage 3 only after consulting their own line manager"),
                row("professional difference at Stage 2", with(pd, "pcwf_startStage", 2), "Start at stage: a professional difference starts at Stage 1 and escalates one stage at a time"),
                row("unknown responding agency", with(pd, "pcwf_respondingAgency", "fireService"), "Responding agency: unknown agency 'fireService'; configured agencies are " + AGENCIES),
                row("missing raising agency", with(pd, "pcwf_raisingAgency", null), "Raising agency: an agency is required; configured agencies are " + AGENCIES),
                row("same agency both sides", with(pd, "pcwf_respondingAgency", "health"), "Responding agency: must differ from the raising agency; a practice challenge is between agencies"),
                row("unknown category", with(pd, "pcwf_issueCategory", "lateReport"), "Practice issue: " + PD_CATEGORIES),
                row("category of the other kind", with(cc, "pcwf_issueCategory", "assessment"), "Practice issue: 'assessment' is not a category of a conferenceChallenge"),
                row("no category", with(pd, "pcwf_issueCategory", null), "Practice issue: is required"),
                row("other without description", with(pd, "pcwf_issueCategory", "other"), "Practice issue (other): is required when the category is 'other'"),
                row("description with markup", with(with(pd, "pcwf_issueCategory", "other"), "pcwf_issueCategoryDescription", "<b>urgent</b>"), "Practice issue (other): " + MARKUP),
                row("kind typo", with(pd, "pcwf_challengeKind", "conference"), "Kind of challenge: 'conference' is not one of: professionalDifference, conferenceChallenge"),
                row("no kind", with(pd, "pcwf_challengeKind", null), "Kind of challenge: is required"),
                row("conference without date", with(cc, "pcwf_conferenceDate", null), "Conference date: is required for a conference challenge"),
                row("conference in the future", with(cc, "pcwf_conferenceDate", "2026-09-30"), "Conference date: must not be in the future"),
                row("conference tomorrow in London, still today in UTC", with(cc, "pcwf_conferenceDate", "2026-08-24T23:30:00Z"), "Conference date: must not be in the future"),
                row("conference date written the British way", with(cc, "pcwf_conferenceDate", "20/08/2026"), "Conference date: '20/08/2026' is not a date such as 2026-03-31"),
                row("conference date with SQL after it", with(cc, "pcwf_conferenceDate", "2026-08-20; DROP TABLE act_ru_task"), "Conference date: '2026-08-20; DROP TABLE act_ru_task' is not a date such as 2026-03-31"),
                row("conference date and time without an offset", with(cc, "pcwf_conferenceDate", "2026-08-20T10:00:00"), "Conference date: '2026-08-20T10:00:00' is not a date such as 2026-03-31"),
                row("conference on 30 February", with(cc, "pcwf_conferenceDate", "2026-02-30"), "Conference date: '2026-02-30' is not a date such as 2026-03-31"),
                row("conference date as a number", with(cc, "pcwf_conferenceDate", 20260820), "Conference date: must be a date such as 2026-03-31"),
                row("conference years ago", with(cc, "pcwf_conferenceDate", "2019-01-01"), "Conference date: must not be more than a year ago"),
                row("conference in 1899", with(cc, "pcwf_conferenceDate", "1899-12-31"), "Conference date: must not be more than a year ago"),
                row("conference in 1900 as Alfresco hands a d:date", with(cc, "pcwf_conferenceDate", new Date(Instant.parse("1900-01-01T00:00:00Z").toEpochMilli())), "Conference date: must not be more than a year ago"),
                row("line manager consulted in 1900", with(conferenceChallenge(2, true), "pcwf_lineManagerConsultedDate", "1900-01-01"), "Date line manager consulted: must not be more than 3 months before the conference date"),
                row("line manager consulted next week", with(conferenceChallenge(2, true), "pcwf_lineManagerConsultedDate", "2026-08-31"), "Date line manager consulted: must not be in the future"),
                row("line manager consulted months before a professional difference", with(pd, "pcwf_lineManagerConsultedDate", "2026-01-05"), "Date line manager consulted: must not be more than 3 months before the challenge is raised"),
                row("line manager consulted 'yesterday'", with(conferenceChallenge(2, true), "pcwf_lineManagerConsultedDate", "yesterday"), "Date line manager consulted: 'yesterday' is not a date such as 2026-03-31"),
                row("line manager consulted flag as a word", with(conferenceChallenge(2, true), "pcwf_lineManagerConsulted", "yes"), "Line manager consulted: must be true or false"),
                row("line manager's name with markup", with(conferenceChallenge(2, true), "pcwf_lineManagerName", "<img src=x onerror=alert(1)>"), "Line manager's name: " + MARKUP),
                row("next conference before the conference", with(cc, "pcwf_nextConferenceDate", "2026-08-19"), "Next conference date: must be after the conference date"),
                row("next conference on the conference day", with(cc, "pcwf_nextConferenceDate", "2026-08-20"), "Next conference date: must be after the conference date"),
                row("next conference in 2028", with(cc, "pcwf_nextConferenceDate", "2028-01-01"), "Next conference date: must not be more than a year ahead"),
                row("missing case folder", with(pd, "pcwf_caseFolder", null), "Child's case record: is required"),
                row("blank summary", with(pd, "pcwf_issueSummary", "   "), "Summary of the issue: is required"),
                row("script in summary", with(pd, "pcwf_issueSummary", "<script>alert(1)</script>"), "Summary of the issue: " + MARKUP),
                row("unclosed script tag in summary", with(pd, "pcwf_issueSummary", "see <script src=//evil.example"), "Summary of the issue: " + MARKUP),
                row("link in summary", with(pd, "pcwf_issueSummary", "<a href=\"https://example.org\">report</a>"), "Summary of the issue: " + MARKUP),
                row("event handler in summary", with(pd, "pcwf_issueSummary", "x\" onmouseover=\"alert(1)"), "Summary of the issue: " + MARKUP),
                row("character reference in summary", with(pd, "pcwf_issueSummary", "&#60;script&#62;"), "Summary of the issue: " + MARKUP),
                row("control character in summary", with(pd, "pcwf_issueSummary", "bell\u0007"), "Summary of the issue: must be plain text without control characters"),
                row("over-long summary", with(pd, "pcwf_issueSummary", "x".repeat(4001)), "Summary of the issue: must be at most 4000 characters; it is 4001"),
                row("summary as a number", with(pd, "pcwf_issueSummary", 42), "Summary of the issue: must be text"),
                row("script in the facts", with(pd, "pcwf_issueFacts", "<script>alert(1)</script>"), "What happened (facts): " + MARKUP),
                row("over-long opinion", with(pd, "pcwf_issueOpinion", "x".repeat(20_001)),
                        "Why you think it is wrong (your professional opinion): must be at most 20000 characters; it is 20001"),
                row("immediate welfare flag as a word", with(pd, "pcwf_immediateWelfareConcern", "yes"), "Immediate concern for the child's welfare: must be true or false"),
                row("immediate welfare on a conference challenge", with(cc, "pcwf_immediateWelfareConcern", true), "Immediate concern for the child's welfare: applies to professional differences; a chair escalates straight to Stage 2 or 3 instead"),
                row("practitioner from another agency", with(pd, "pcwf_challengedPractitionerPerson",
                        new RepositoryNode(new org.alfresco.service.cmr.repository.NodeRef("workspace://SpacesStore/person-outsider1"), "outsider1")),
                        "Practitioner challenged: outsider1 is not in any of Children's Social Care's groups, so cannot answer for Children's Social Care;"
                        + " pick someone who works for Children's Social Care, or leave it empty to offer Stage 1 to all of Children's Social Care's Stage 1 people"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedStarts")
    void startThatBreaksARuleIsRefusedInPlainWordsAndLeavesNothingBehind(String name, Map<String, Object> variables, String message)
    {
        Nothing before = Nothing.written();

        Throwable refusal = catchThrowable(() -> engine.startChallenge("someone", variables));

        assertThat(refusal).isInstanceOf(ChallengeRejected.class).hasMessage(message);
        before.isStillAllThereIs();
    }

    static Stream<Arguments> rejectedCinChecks()
    {
        Map<String, Object> stepDown = new HashMap<>(Map.of("pcwf_conferenceDate", "2026-08-24", "pcwf_caseFolder", CASE_FOLDER));
        String sixMonths = "Conference date: must not be more than 6 months ago: the check is six weeks after the step-down conference";
        return Stream.of(
                row("check for a conference in 1900", with(stepDown, "pcwf_conferenceDate", "1900-01-01"), sixMonths),
                row("check for a conference seven months ago", with(stepDown, "pcwf_conferenceDate", "2026-01-20"), sixMonths),
                row("check for a conference next month", with(stepDown, "pcwf_conferenceDate", "2026-09-24"), "Conference date: must not be in the future"),
                row("check without a conference date", with(stepDown, "pcwf_conferenceDate", null), "Conference date: is required: the check is six weeks after the step-down conference"),
                row("check with SQL after the date", with(stepDown, "pcwf_conferenceDate", "2026-08-20' OR '1'='1"), "Conference date: '2026-08-20' OR '1'='1' is not a date such as 2026-03-31"),
                row("check without a case folder", with(stepDown, "pcwf_caseFolder", null), "Child's case record: is required"),
                row("check between one agency and itself", with(stepDown, "pcwf_respondingAgency", "safeguardingUnit"), "Responding agency: must differ from the raising agency"),
                row("check naming an unknown agency", with(stepDown, "pcwf_raisingAgency", "fireService"), "Raising agency: unknown agency 'fireService'; configured agencies are " + AGENCIES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedCinChecks")
    void cinCheckThatBreaksARuleIsRefusedAndLeavesNothingBehind(String name, Map<String, Object> variables, String message)
    {
        Nothing before = Nothing.written();

        Throwable refusal = catchThrowable(() -> engine.startCinStepDownCheck("chair1", variables));

        assertThat(refusal).isInstanceOf(ChallengeRejected.class).hasMessage(message);
        before.isStillAllThereIs();
    }

    static Stream<Arguments> rejectedCompletions()
    {
        Map<String, Object> told = Map.of("pcwf_familyInformedDate", "2026-08-21");
        return Stream.of(
                completion("response without facts", "stage1Response", with(discussion("ok"), "pcwf_facts", null), "Facts: is required"),
                completion("response without opinion", "stage1Response", with(discussion("ok"), "pcwf_opinion", ""), "Professional opinion: is required"),
                completion("response without outcome", "stage1Response", with(discussion("ok"), "pcwf_outcomeSummary", null), "Outcome summary: is required"),
                completion("markup in facts", "stage1Response", with(discussion("ok"), "pcwf_facts", "<img src=x onerror=alert(1)>"), "Facts: " + MARKUP),
                completion("frame in opinion", "stage1Response", with(discussion("ok"), "pcwf_opinion", "<iframe src=\"https://example.org\"></iframe>"), "Professional opinion: " + MARKUP),
                completion("event handler in outcome", "stage1Response", with(discussion("ok"), "pcwf_outcomeSummary", "ok\" onerror=\"alert(1)"), "Outcome summary: " + MARKUP),
                completion("script in agreed actions", "stage1Response", with(discussion("ok"), "pcwf_agreedActions", "<script>steal()</script>"), "Agreed actions: " + MARKUP),
                completion("unknown discussion method", "stage1Response", with(discussion("ok"), "pcwf_discussionMethod", "email"), "How the discussion took place: 'email' is not one of: meeting, telephone, correspondence"),
                completion("facts given as a number", "stage1Response", with(discussion("ok"), "pcwf_facts", 42), "Facts: must be text"),
                completion("over-long opinion", "stage1Response", with(discussion("ok"), "pcwf_opinion", "o".repeat(20001)), "Professional opinion: must be at most 20000 characters; it is 20001"),
                completion("decision outcome typo", "stage1Decision", decision("escalated"), "Outcome of this stage: 'escalated' is not one of: resolved, escalate, withdrawn"),
                completion("decision without outcome", "stage1Decision", with(decision("resolved"), "pcwf_stageOutcome", null), "Outcome of this stage: is required: resolved, escalate or withdrawn"),
                completion("withdrawal without reason", "stage1Decision", with(decision("withdrawn"), "pcwf_withdrawalReason", null), "Reason for withdrawal: is required"),
                completion("withdrawal with a blank reason", "stage1Decision", with(decision("withdrawn"), "pcwf_withdrawalReason", "  "), "Reason for withdrawal: is required"),
                completion("withdrawal reason with a script URL", "stage1Decision", with(decision("withdrawn"), "pcwf_withdrawalReason", "javascript:alert(1)"), "Reason for withdrawal: " + MARKUP),
                completion("decision without facts", "stage1Decision", with(decision("resolved"), "pcwf_facts", null), "Facts: is required"),
                completion("family neither told nor a reason why not", "familyInformed", Map.of(),
                        "Family informed on: give the day the family was told, or say why they were not told"),
                completion("family told and a reason for not telling them", "familyInformed", with(told, "pcwf_familyNotToldReason", "Parents abroad"),
                        "Why the family was not told: leave it empty when the family was told"),
                completion("family not told but how they were told", "familyInformed",
                        Map.of("pcwf_familyNotToldReason", "Parents abroad", "pcwf_familyToldMethod", "telephone"),
                        "How the family was told: leave it empty when the family was not told"),
                completion("family told by carrier pigeon", "familyInformed", with(told, "pcwf_familyToldMethod", "pigeon"),
                        "How the family was told: 'pigeon' is not one of: meeting, telephone, correspondence"),
                completion("markup in the reason the family was not told", "familyInformed", Map.of("pcwf_familyNotToldReason", "<script>x()</script>"),
                        "Why the family was not told: " + MARKUP),
                completion("family told tomorrow", "familyInformed", with(told, "pcwf_familyInformedDate", "2026-08-25"), "Family informed on: must not be in the future"),
                completion("family told in 1900", "familyInformed", with(told, "pcwf_familyInformedDate", "1900-01-01"), "Family informed on: must not be more than 7 days before the conference date"),
                completion("family told with SQL after the date", "familyInformed", with(told, "pcwf_familyInformedDate", "2026-08-21; DROP TABLE x"), "Family informed on: '2026-08-21; DROP TABLE x' is not a date such as 2026-03-31"),
                completion("family told on a date with an offset still tomorrow in London", "familyInformed", with(told, "pcwf_familyInformedDate", "2026-08-24T23:00:00Z"), "Family informed on: must not be in the future"),
                completion("family told with markup in the note", "familyInformed", with(told, "pcwf_facts", "<b>told</b>"), "Facts: " + MARKUP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedCompletions")
    void completionThatBreaksARuleIsRefusedOnceInPlainWordsAndChangesNothing(String name, String taskKey,
            Map<String, Object> variables, String message)
    {
        ProcessInstance process = engine.startChallenge("chair1", taskKey.equals("familyInformed")
                ? conferenceChallenge(1, false) : professionalDifference());
        if (taskKey.endsWith("Decision"))
        {
            engine.complete(engine.task(process, "stage1Response"), "sw1", discussion("Reviewed"));
        }
        String ref = engine.challengeRef(process);
        Challenge challenge = engine.caseRecord().challenge(ref);
        int entries = engine.caseRecord().entries(ref).size();
        Task task = engine.task(process, taskKey);

        Throwable refusal = catchThrowable(() -> engine.complete(task, "chair1", variables));

        assertPlainOnce(refusal, message);
        assertThat(engine.task(process, taskKey)).as("task still open").isNotNull();
        assertThat(engine.caseRecord().entries(ref)).hasSize(entries);
        assertThat(engine.caseRecord().challenge(ref)).usingRecursiveComparison().isEqualTo(challenge);
    }

    static Stream<Arguments> rejectedCinOutcomes()
    {
        return Stream.of(
                row("check without a result", Map.of("pcwf_facts", "Looked at the file."), "Result of the check: is required: evidenced or notEvidenced"),
                row("check with a misspelt result", Map.of("pcwf_cinOutcome", "notevidenced", "pcwf_facts", "x"), "Result of the check: 'notevidenced' is not one of: evidenced, notEvidenced"),
                row("check whose facts hold markup", Map.of("pcwf_cinOutcome", "notEvidenced", "pcwf_facts", "<svg onload=alert(1)>"), "Facts: " + MARKUP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedCinOutcomes")
    void cinCheckOutcomeThatBreaksARuleIsRefusedOnceAndRecordsNothing(String name, Map<String, Object> variables, String message)
    {
        String caseFolder = "workspace://SpacesStore/cin-" + name.hashCode();
        ProcessInstance check = engine.startCinStepDownCheck("chair1", Map.of("pcwf_conferenceDate", "2026-07-06", "pcwf_caseFolder", caseFolder));
        engine.advanceTo(PracticeChallengeEngine.MONDAY_24_AUGUST_2026);
        Task task = engine.task(check, "cinEvidenceCheck");
        assertThat(task).as("the check fell due six weeks after the conference").isNotNull();
        Nothing before = Nothing.written();

        Throwable refusal = catchThrowable(() -> engine.complete(task, "chair1", variables));

        assertPlainOnce(refusal, message);
        assertThat(engine.task(check, "cinEvidenceCheck")).isNotNull();
        assertThat(engine.caseRecord().caseEntries(caseFolder)).isEmpty();
        before.isStillAllThereIs();
    }

    /**
     * Alfresco's public REST API picks the status from the exception's class, walking its superclasses
     * (SimpleMappingExceptionResolver, remote-api's public-rest-context.xml): IllegalArgumentException is 400, an
     * unmapped class such as Activiti's ActivitiIllegalArgumentException is 500.
     */
    @Test
    void aRefusedStartReachesTheRestApiAsABadRequest()
    {
        Throwable refused = catchThrowable(() -> engine.startChallenge("someone",
                with(professionalDifference(), "pcwf_respondingAgency", "health")));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(org.activiti.engine.ActivitiException.class)
                .hasMessage("Responding agency: must differ from the raising agency; a practice challenge is between agencies")
                .hasFieldOrPropertyWithValue("variable", "pcwf_respondingAgency");
    }

    @Test
    void proseThatComparesAndDatesWithAnOffsetAreAccepted()
    {
        String summary = "Attendance was <half of sessions; risk > 3 incidents since a<b was agreed.";
        Map<String, Object> start = with(with(conferenceChallenge(2, true), "pcwf_issueSummary", summary),
                "pcwf_conferenceDate", "2026-08-20T23:30:00Z");
        start.put("pcwf_lineManagerConsultedDate", "2026-08-21T09:15:00+01:00");

        ProcessInstance process = engine.startChallenge("chair1", start);

        Challenge challenge = engine.caseRecord().challenge(engine.challengeRef(process));
        assertThat(challenge.issueSummary()).isEqualTo(summary);
        assertThat(challenge.conferenceDate()).as("00:30 on 21 August in London").hasToString("2026-08-21");
        assertThat(challenge.lineManagerConsultedDate()).hasToString("2026-08-21");
    }

    /** A decision reaching a challenge already closed (by a concurrent completion, say) is told so, and records nothing. */
    @Test
    void aTaskOfAClosedChallengeSaysTheChallengeIsClosed()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        engine.complete(engine.task(process, "stage1Response"), "sw1", discussion("Reviewed"));
        String ref = engine.challengeRef(process);
        engine.runtime().setVariable(process.getId(), "pcwf_status", "withdrawn");
        int entries = engine.caseRecord().entries(ref).size();

        Throwable refusal = catchThrowable(() -> engine.complete(engine.task(process, "stage1Decision"), "nurse1", decision("resolved")));

        assertPlainOnce(refusal, "This challenge is closed (withdrawn); a closed challenge never reopens, so nothing was recorded");
        assertThat(engine.task(process, "stage1Decision")).isNotNull();
        assertThat(engine.caseRecord().entries(ref)).hasSize(entries);
    }

    /**
     * Once the challenge has closed its tasks are gone, so Activiti refuses a second completion before any listener of
     * ours runs (CompleteTaskCmd: "Cannot find task with id"); Alfresco's endTask looks the task up first and answers
     * with its own "does not exist" message. Nothing is recorded twice.
     */
    @Test
    void completingATaskOfAClosedChallengeAgainRecordsNothingMore()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        engine.complete(engine.task(process, "stage1Response"), "sw1", discussion("Reviewed"));
        Task decision = engine.task(process, "stage1Decision");
        engine.complete(decision, "nurse1", decision("resolved"));
        String ref = engine.challengeRef(process);
        int entries = engine.caseRecord().entries(ref).size();

        Throwable refusal = catchThrowable(() -> engine.complete(decision, "nurse1", decision("withdrawn")));

        assertThat(refusal).hasMessageContaining(decision.getId());
        assertThat(engine.caseRecord().entries(ref)).hasSize(entries);
        assertThat(engine.caseRecord().challenge(ref).status().code()).isEqualTo("resolved");
    }

    /**
     * Activiti wraps what a task listener throws twice ("Exception while invoking TaskListener: " from
     * DelegateExpressionTaskListener and again from TaskEntity.fireEvent; both catch every Exception), so the outer
     * message carries that prefix; the plain refusal is its innermost cause and appears in it exactly once.
     */
    private static void assertPlainOnce(Throwable refusal, String message)
    {
        Throwable cause = refusal;
        while (cause.getCause() != null && !(cause instanceof ChallengeRejected))
        {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(ChallengeRejected.class).hasMessage(message);
        assertThat(cause.getCause()).as("the plain refusal is the innermost exception").isNull();
        String outer = refusal.getMessage();
        assertThat(outer).endsWith(message);
        assertThat(outer.indexOf(message)).isEqualTo(outer.lastIndexOf(message));
    }

    private static Arguments row(String name, Map<String, Object> variables, String message)
    {
        return Arguments.of(name, variables, message);
    }

    private static Arguments completion(String name, String taskKey, Map<String, Object> variables, String message)
    {
        return Arguments.of(name, taskKey, variables, message);
    }

    /** What the engine and the case record hold, to show a refusal added nothing. */
    private record Nothing(long processes, long tasks, long jobs, int challenges)
    {
        static Nothing written()
        {
            return new Nothing(engine.history().createHistoricProcessInstanceQuery().count(),
                    engine.tasks().createTaskQuery().count(), engine.management().createJobQuery().count(),
                    engine.caseRecord().challengeCount());
        }

        void isStillAllThereIs()
        {
            assertThat(written()).isEqualTo(this);
        }
    }
}
