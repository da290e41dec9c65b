package org.practicechallenge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.activiti.engine.ActivitiException;
import org.activiti.engine.impl.identity.Authentication;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.workflow.PracticeChallengeEngine;

/** Two people completing the same decision at once: exactly one wins, the other is told, the record shows one outcome. */
class ConcurrentCompletionTest
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

    @RepeatedTest(5)
    void twoUsersCompletingTheSameDecisionAtOnceLeaveOneOutcome() throws Exception
    {
        ProcessInstance process = engine.startChallenge("nurse1", EngineRestartTest.professionalDifference(0));
        engine.complete(engine.task(process, "stage1Response"), "sw1", EngineRestartTest.discussion());
        Task decision = engine.task(process, "stage1Decision");
        String ref = engine.challengeRef(process);

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (String[] attempt : new String[][] {{"nurse1", "resolved"}, {"manager1", "escalate"}})
        {
            results.add(pool.submit(() ->
            {
                Authentication.setAuthenticatedUserId(attempt[0]);
                together.await();
                try
                {
                    engine.tasks().complete(decision.getId(), EngineRestartTest.decision(attempt[1]));
                    return "completed";
                }
                catch (ActivitiException refused)
                {
                    return "refused: " + refused.getMessage();
                }
                finally
                {
                    Authentication.setAuthenticatedUserId(null);
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results)
        {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn("completed"::equals).hasSize(1);
        // Arriving while the other completion runs, or just after it committed: either way a plain refusal.
        assertThat(outcomes).filteredOn(o -> o.startsWith("refused")).singleElement().asString().containsAnyOf(
                "task: 'Stage 1 decision' was completed by someone else at the same moment; nothing was changed",
                "Cannot find task with id " + decision.getId());
        List<CaseRecordEntry> decisions = engine.caseRecord().entries(ref).stream()
                .filter(e -> e.kind() == EntryKind.DECISION).toList();
        assertThat(decisions).hasSize(1);
        String stored = engine.caseRecord().challenge(ref).stage().code();
        assertThat(decisions.get(0).outcome().code().equals("resolved") ? "stage1" : "stage2").isEqualTo(stored);
    }
}
