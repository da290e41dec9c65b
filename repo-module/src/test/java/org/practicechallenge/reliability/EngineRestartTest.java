package org.practicechallenge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.NoticeKind;
import org.practicechallenge.workflow.InMemoryCaseRecord;
import org.practicechallenge.workflow.PracticeChallengeEngine;
import org.practicechallenge.workflow.RecordedNotices;

/**
 * No escalation is lost across a restart: 200 challenges left at mixed stages with timers pending, the engine closed
 * and rebuilt on the same database (PostgreSQL in CI), every challenge then completes, and each timer that fell due
 * while it was down fires exactly once.
 */
class EngineRestartTest
{
    private static final int CHALLENGES = 200;
    private static final Instant FRIDAY = Instant.parse("2026-08-21T08:00:00Z");
    private static final Instant THREE_WEEKS_LATER = Instant.parse("2026-09-11T08:00:00Z");

    @Test
    void everyChallengeSurvivesARestartAndEachDueTimerFiresOnce()
    {
        InMemoryCaseRecord record = new InMemoryCaseRecord();
        RecordedNotices notices = new RecordedNotices();
        List<String> processIds = new ArrayList<>();
        Map<String, Integer> stageLeftAt = new HashMap<>();

        try (PracticeChallengeEngine before = PracticeChallengeEngine.builder().startingAt(FRIDAY).recordingTo(record, notices).build())
        {
            for (int i = 0; i < CHALLENGES; i++)
            {
                ProcessInstance process = before.startChallenge("nurse" + i, professionalDifference(i));
                int stage = 1 + i % 3;
                for (int s = 1; s < stage; s++)
                {
                    before.complete(before.task(process, "stage" + s + "Response"), "sw" + i, discussion());
                    before.complete(before.task(process, "stage" + s + "Decision"), "nurse" + i, decision("escalate"));
                }
                if (i % 2 == 1)
                {
                    // Half wait for the raiser's decision, which has its own reminder and overdue timers.
                    before.complete(before.task(process, "stage" + stage + "Response"), "sw" + i, discussion());
                }
                processIds.add(process.getId());
                stageLeftAt.put(process.getId(), stage);
            }
            // Reminder + overdue for each challenge's waiting task: 100 responses and 100 decisions.
            assertThat(before.pendingTimers()).hasSize(2 * CHALLENGES);
        }

        try (PracticeChallengeEngine after = PracticeChallengeEngine.builder().keepingDatabase().startingAt(FRIDAY)
                .recordingTo(record, notices).build())
        {
            after.advanceTo(THREE_WEEKS_LATER);
            after.advanceTo(THREE_WEEKS_LATER.plusSeconds(3600));

            for (String id : processIds)
            {
                ProcessInstance process = after.runtime().createProcessInstanceQuery().processInstanceId(id).singleResult();
                assertThat(process).as("process %s survived", id).isNotNull();
                String ref = after.challengeRef(process);
                boolean waitingForResponse = after.task(process, "stage" + stageLeftAt.get(id) + "Response") != null;
                int expectedTimers = waitingForResponse ? 1 : 0;
                assertThat(notices.sent(ref, NoticeKind.REMINDER)).as("reminders of %s", ref).hasSize(expectedTimers);
                assertThat(notices.sent(ref, NoticeKind.OVERDUE)).as("overdue notices of %s", ref).hasSize(expectedTimers);
                assertThat(notices.sent(ref, NoticeKind.DECISION_REMINDER)).as("decision reminders of %s", ref).hasSize(1 - expectedTimers);
                assertThat(notices.sent(ref, NoticeKind.DECISION_OVERDUE)).as("decision overdue notices of %s", ref).hasSize(1 - expectedTimers);

                Task response = after.task(process, "stage" + stageLeftAt.get(id) + "Response");
                if (response != null)
                {
                    after.complete(response, "sw", discussion());
                }
                after.complete(after.task(process, "stage" + stageLeftAt.get(id) + "Decision"), "raiser", decision("resolved"));
                assertThat(after.hasEnded(process)).isTrue();
                assertThat(record.challenge(ref).status()).isEqualTo(ChallengeStatus.RESOLVED);
            }
            assertThat(after.pendingTimers()).isEmpty();
        }
    }

    static Map<String, Object> professionalDifference(int i)
    {
        Map<String, Object> v = new HashMap<>();
        v.put("pcwf_challengeKind", "professionalDifference");
        v.put("pcwf_raisingAgency", i % 2 == 0 ? "health" : "education");
        v.put("pcwf_respondingAgency", "socialCare");
        v.put("pcwf_issueCategory", "assessment");
        v.put("pcwf_issueSummary", "Challenge " + i);
        v.put("pcwf_caseFolder", "workspace://SpacesStore/case-" + i);
        return v;
    }

    static Map<String, Object> discussion()
    {
        Map<String, Object> v = new HashMap<>();
        v.put("pcwf_facts", "What was said and seen.");
        v.put("pcwf_opinion", "What the author thinks of it.");
        v.put("pcwf_outcomeSummary", "What was agreed.");
        return v;
    }

    static Map<String, Object> decision(String outcome)
    {
        Map<String, Object> v = discussion();
        v.put("pcwf_stageOutcome", outcome);
        return v;
    }
}
