package org.practicechallenge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practicechallenge.workflow.ChallengeVariablesFixture.*;

import java.util.Map;
import java.util.stream.Stream;

import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A start or completion that breaks a rule fails with a message naming the variable and the rule, and leaves no
 * process, task or record behind.
 */
class RejectedInputTest
{
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
        return Stream.of(
                Arguments.of("Stage 4 start", with(conferenceChallenge(4, true), "pcwf_startStage", 4), "pcwf_startStage", "cannot start at Stage 4"),
                Arguments.of("stage 5 start", with(conferenceChallenge(1, true), "pcwf_startStage", 5), "pcwf_startStage", "stages are 1 to 4"),
                Arguments.of("stage given as a word", with(conferenceChallenge(1, true), "pcwf_startStage", "two"), "pcwf_startStage", "not a stage number"),
                Arguments.of("Stage 2 without consultation", conferenceChallenge(2, false), "pcwf_lineManagerConsulted", "line manager"),
                Arguments.of("professional difference at Stage 2", with(professionalDifference(), "pcwf_startStage", 2), "pcwf_startStage", "starts at Stage 1"),
                Arguments.of("unknown responding agency", with(professionalDifference(), "pcwf_respondingAgency", "fireService"), "pcwf_respondingAgency", "unknown agency 'fireService'"),
                Arguments.of("missing raising agency", with(professionalDifference(), "pcwf_raisingAgency", null), "pcwf_raisingAgency", "an agency is required"),
                Arguments.of("same agency both sides", with(professionalDifference(), "pcwf_respondingAgency", "health"), "pcwf_respondingAgency", "must differ"),
                Arguments.of("unknown category", with(professionalDifference(), "pcwf_issueCategory", "lateReport"), "pcwf_issueCategory", "'lateReport' is not one of"),
                Arguments.of("category of the other kind", with(conferenceChallenge(1, false), "pcwf_issueCategory", "assessment"), "pcwf_issueCategory", "not a category of a conferenceChallenge"),
                Arguments.of("other without description", with(professionalDifference(), "pcwf_issueCategory", "other"), "pcwf_issueCategoryDescription", "required when the category is 'other'"),
                Arguments.of("kind typo", with(professionalDifference(), "pcwf_challengeKind", "conference"), "pcwf_challengeKind", "is not one of"),
                Arguments.of("no kind", with(professionalDifference(), "pcwf_challengeKind", null), "pcwf_challengeKind", "is required"),
                Arguments.of("conference without date", with(conferenceChallenge(1, false), "pcwf_conferenceDate", null), "pcwf_conferenceDate", "required for a conference challenge"),
                Arguments.of("conference in the future", with(conferenceChallenge(1, false), "pcwf_conferenceDate", "2026-09-30"), "pcwf_conferenceDate", "in the future"),
                Arguments.of("conference date not a date", with(conferenceChallenge(1, false), "pcwf_conferenceDate", "20/08/2026"), "pcwf_conferenceDate", "not a date"),
                Arguments.of("conference years ago", with(conferenceChallenge(1, false), "pcwf_conferenceDate", "2019-01-01"), "pcwf_conferenceDate", "more than a year ago"),
                Arguments.of("missing case folder", with(professionalDifference(), "pcwf_caseFolder", null), "pcwf_caseFolder", "is required"),
                Arguments.of("missing summary", with(professionalDifference(), "pcwf_issueSummary", "   "), "pcwf_issueSummary", "is required"),
                Arguments.of("script in summary", with(professionalDifference(), "pcwf_issueSummary", "<script>alert(1)</script>"), "pcwf_issueSummary", "markup or script"),
                Arguments.of("over-long summary", with(professionalDifference(), "pcwf_issueSummary", "x".repeat(4001)), "pcwf_issueSummary", "the limit is 4000"),
                Arguments.of("immediate welfare flag as a word", with(professionalDifference(), "pcwf_immediateWelfareConcern", "yes"), "pcwf_immediateWelfareConcern", "must be true or false"),
                Arguments.of("immediate welfare on a conference challenge", with(conferenceChallenge(1, false), "pcwf_immediateWelfareConcern", true), "pcwf_immediateWelfareConcern", "applies to professional differences"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedStarts")
    void startThatBreaksARuleLeavesNothingBehind(String name, Map<String, Object> variables, String variable, String rule)
    {
        long processes = engine.history().createHistoricProcessInstanceQuery().count();
        long tasks = engine.tasks().createTaskQuery().count();
        int challenges = engine.caseRecord().challengeCount();

        assertThatThrownBy(() -> engine.startChallenge("someone", variables))
                .hasMessageContaining(variable + ":")
                .hasMessageContaining(rule);

        assertThat(engine.history().createHistoricProcessInstanceQuery().count()).isEqualTo(processes);
        assertThat(engine.tasks().createTaskQuery().count()).isEqualTo(tasks);
        assertThat(engine.caseRecord().challengeCount()).isEqualTo(challenges);
    }

    static Stream<Arguments> rejectedCompletions()
    {
        return Stream.of(
                Arguments.of("response without facts", "stage1Response", with(discussion("ok"), "pcwf_facts", null), "pcwf_facts", "is required"),
                Arguments.of("response without opinion", "stage1Response", with(discussion("ok"), "pcwf_opinion", ""), "pcwf_opinion", "is required"),
                Arguments.of("response without outcome", "stage1Response", with(discussion("ok"), "pcwf_outcomeSummary", null), "pcwf_outcomeSummary", "is required"),
                Arguments.of("markup in facts", "stage1Response", with(discussion("ok"), "pcwf_facts", "<img src=x onerror=alert(1)>"), "pcwf_facts", "markup or script"),
                Arguments.of("unknown discussion method", "stage1Response", with(discussion("ok"), "pcwf_discussionMethod", "email"), "pcwf_discussionMethod", "'email' is not one of"),
                Arguments.of("decision outcome typo", "stage1Decision", decision("escalated"), "pcwf_stageOutcome", "'escalated' is not one of"),
                Arguments.of("decision without outcome", "stage1Decision", with(decision("resolved"), "pcwf_stageOutcome", null), "pcwf_stageOutcome", "is required"),
                Arguments.of("withdrawal without reason", "stage1Decision", with(decision("withdrawn"), "pcwf_withdrawalReason", null), "pcwf_withdrawalReason", "is required"),
                Arguments.of("decision without facts", "stage1Decision", with(decision("resolved"), "pcwf_facts", null), "pcwf_facts", "is required"),
                Arguments.of("facts given as a number", "stage1Response", with(discussion("ok"), "pcwf_facts", 42), "pcwf_facts", "must be text"),
                Arguments.of("over-long opinion", "stage1Response", with(discussion("ok"), "pcwf_opinion", "o".repeat(20001)), "pcwf_opinion", "the limit is 20000"),
                Arguments.of("withdrawal reason with script", "stage1Decision", with(decision("withdrawn"), "pcwf_withdrawalReason", "javascript:alert(1)"), "pcwf_withdrawalReason", "markup or script"));
    }

    @org.junit.jupiter.api.Test
    void completingATaskASecondTimeIsRefusedAndRecordsNothingMore()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        Task response = engine.task(process, "stage1Response");
        engine.complete(response, "sw1", discussion("Reviewed"));
        String ref = engine.challengeRef(process);
        int entries = engine.caseRecord().entries(ref).size();

        assertThatThrownBy(() -> engine.tasks().complete(response.getId(), discussion("Again")))
                .hasMessageContaining(response.getId());

        assertThat(engine.caseRecord().entries(ref)).hasSize(entries);
        assertThat(engine.task(process, "stage1Decision")).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedCompletions")
    void completionThatBreaksARuleKeepsTheTaskOpenAndTheRecordUnchanged(String name, String taskKey,
            Map<String, Object> variables, String variable, String rule)
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        if (taskKey.endsWith("Decision"))
        {
            engine.complete(engine.task(process, "stage1Response"), "sw1", discussion("Reviewed"));
        }
        String ref = engine.challengeRef(process);
        int entries = engine.caseRecord().entries(ref).size();
        Task task = engine.task(process, taskKey);

        assertThatThrownBy(() -> engine.complete(task, "user1", variables))
                .hasMessageContaining(variable + ":")
                .hasMessageContaining(rule);

        assertThat(engine.task(process, taskKey)).as("task still open").isNotNull();
        assertThat(engine.caseRecord().entries(ref)).hasSize(entries);
        assertThat(engine.caseRecord().challenge(ref).stage().code()).isEqualTo("stage1");
    }
}
