package org.practicechallenge.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.activiti.engine.ActivitiException;
import org.activiti.engine.impl.interceptor.Command;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.workflow.ChallengeVariablesFixture;
import org.practicechallenge.workflow.PracticeChallengeEngine;

/**
 * Two people completing the same decision at once: exactly one wins, the other is told, the record shows one outcome.
 * Runs on H2, and on PostgreSQL and MariaDB with their Maven profiles: the guarantee rests on the engine's own
 * revision checks, whatever the database's isolation (read committed, or MariaDB's repeatable read).
 */
class ConcurrentCompletionTest
{
    private static final String COMPLETED_BY_SOMEONE_ELSE =
            "'Stage 1 decision' was completed by someone else at the same moment; nothing was changed";

    private static PracticeChallengeEngine engine;
    private ExecutorService pool;

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

    @BeforeEach
    void startPool()
    {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopPool()
    {
        pool.shutdownNow();
    }

    @RepeatedTest(5)
    void twoUsersCompletingTheSameDecisionAtOnceLeaveOneOutcome() throws Exception
    {
        ProcessInstance process = engine.startChallenge("nurse1", EngineRestartTest.professionalDifference(0));
        engine.complete(engine.task(process, "stage1Response"), "sw1", EngineRestartTest.discussion());
        Task decision = engine.task(process, "stage1Decision");
        String ref = engine.challengeRef(process);

        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<String>> results = new ArrayList<>();
        for (String[] attempt : new String[][] {{"nurse1", "resolved"}, {"manager1", "escalate"}})
        {
            results.add(pool.submit(() ->
            {
                engine.signIn(attempt[0]);
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
                    engine.signOut();
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results)
        {
            outcomes.add(result.get());
        }

        assertThat(outcomes).filteredOn("completed"::equals).hasSize(1);
        // Arriving while the other completion runs, or just after it committed: either way a plain refusal.
        assertThat(outcomes).filteredOn(o -> o.startsWith("refused")).singleElement().asString().containsAnyOf(
                COMPLETED_BY_SOMEONE_ELSE, "Cannot find task with id " + decision.getId());
        assertOneDecisionMatchingTheStage(ref);
    }

    /**
     * The race made certain: the loser's transaction reads the decision while it is open (with or without its process
     * instance: on read-committed databases the rest is read only after the winner's commit), the winner then
     * completes it and commits, and only then does the loser complete what it read. Whether the winner closed the
     * challenge or escalated it, the loser is refused by name and records nothing.
     */
    @ParameterizedTest(name = "winner {0}, loser read its process instance first: {1}")
    @CsvSource({"resolved, false", "resolved, true", "escalate, false", "escalate, true"})
    void aCompletionOfADecisionSomeoneElseHasJustCompletedIsRefused(String winnersOutcome, boolean loserReadTheProcess)
            throws Exception
    {
        ProcessInstance process = engine.startChallenge("nurse1", EngineRestartTest.professionalDifference(1));
        engine.complete(engine.task(process, "stage1Response"), "sw1", EngineRestartTest.discussion());
        Task decision = engine.task(process, "stage1Decision");
        String ref = engine.challengeRef(process);
        CountDownLatch loserHasRead = new CountDownLatch(1);
        CountDownLatch winnerHasCommitted = new CountDownLatch(1);

        String losersOutcome = winnersOutcome.equals("resolved") ? "escalate" : "resolved";
        Future<?> loser = pool.submit(() -> completeAfterReading(decision, loserReadTheProcess, "manager1",
                EngineRestartTest.decision(losersOutcome), loserHasRead, winnerHasCommitted));
        assertThat(loserHasRead.await(30, TimeUnit.SECONDS)).isTrue();
        engine.complete(decision, "nurse1", EngineRestartTest.decision(winnersOutcome));
        winnerHasCommitted.countDown();

        assertThatThrownBy(() -> unwrap(loser)).isInstanceOf(ActivitiException.class).hasMessageContaining(COMPLETED_BY_SOMEONE_ELSE);
        assertOneDecisionMatchingTheStage(ref);
        assertThat(engine.caseRecord().entries(ref)).filteredOn(e -> e.kind() == EntryKind.DECISION).singleElement()
                .extracting(e -> e.outcome().code()).isEqualTo(winnersOutcome);
    }

    /**
     * The winner has taken the lock and is still inside its transaction when the loser, which read the decision while
     * it was open, completes it: the loser waits on the database for the winner's row, then is refused.
     */
    @Test
    void aCompletionArrivingWhileAnotherIsInProgressWaitsThenIsRefused() throws Exception
    {
        ProcessInstance process = engine.startChallenge("nurse1", EngineRestartTest.professionalDifference(2));
        engine.complete(engine.task(process, "stage1Response"), "sw1", EngineRestartTest.discussion());
        Task decision = engine.task(process, "stage1Decision");
        String ref = engine.challengeRef(process);
        CountDownLatch winnerHoldsTheLock = new CountDownLatch(1);
        CountDownLatch loserHasRead = new CountDownLatch(1);
        CountDownLatch loserMayComplete = new CountDownLatch(1);

        Future<?> winner = pool.submit(() -> asUser("nurse1", () -> engine.management().executeCommand((Command<Void>) context ->
        {
            // Completes inside this command, so the transaction (and the lock its listener took) stays open until return.
            engine.tasks().complete(decision.getId(), EngineRestartTest.decision("escalate"));
            winnerHoldsTheLock.countDown();
            await(loserHasRead);
            loserMayComplete.countDown();
            return null;
        })));
        assertThat(winnerHoldsTheLock.await(30, TimeUnit.SECONDS)).isTrue();
        Future<?> loser = pool.submit(() -> completeAfterReading(decision, true, "manager1", EngineRestartTest.decision("resolved"),
                loserHasRead, loserMayComplete));

        unwrap(winner);
        assertThatThrownBy(() -> unwrap(loser)).isInstanceOf(ActivitiException.class).hasMessageContaining(COMPLETED_BY_SOMEONE_ELSE);
        assertThat(engine.caseRecord().challenge(ref).stage().code()).isEqualTo("stage2");
        assertOneDecisionMatchingTheStage(ref);
    }

    /**
     * Two different tasks of one conference challenge completed at once are not "completed by someone else": the later
     * is told to try again, and its retry completes.
     */
    @Test
    void aCompletionOfAnotherTaskOfTheSameChallengeIsToldToTryAgain() throws Exception
    {
        ProcessInstance process = engine.startChallenge("chair1",
                ChallengeVariablesFixture.conferenceChallenge(2, true, "workspace://SpacesStore/case-concurrent"));
        Task familyInformed = engine.task(process, "familyInformed");
        Task response = engine.task(process, "stage2Response");
        String ref = engine.challengeRef(process);
        CountDownLatch loserHasRead = new CountDownLatch(1);
        CountDownLatch winnerHasCommitted = new CountDownLatch(1);
        Map<String, Object> informed = Map.of("pcwf_familyInformedDate", "2026-08-24");

        Future<?> loser = pool.submit(() -> completeAfterReading(familyInformed, true, "chair1", informed, loserHasRead,
                winnerHasCommitted));
        assertThat(loserHasRead.await(30, TimeUnit.SECONDS)).isTrue();
        engine.complete(response, "sw1", EngineRestartTest.discussion());
        winnerHasCommitted.countDown();

        assertThatThrownBy(() -> unwrap(loser)).isInstanceOf(ActivitiException.class).hasMessageContaining(
                "'Family told' was not completed: someone else changed it or its challenge at the same moment;"
                        + " nothing was changed, try again");
        assertThat(engine.caseRecord().challenge(ref).familyInformedDate()).isNull();

        engine.complete(engine.task(process, "familyInformed"), "chair1", informed);
        assertThat(engine.caseRecord().challenge(ref).familyInformedDate()).isNotNull();
        assertThat(engine.task(process, "stage2Decision")).isNotNull();
    }

    /**
     * Reads the task (and its process instance, when asked) in its own transaction, waits, then completes what it read
     * in that same transaction.
     */
    private static Void completeAfterReading(Task task, boolean readingTheProcess, String user, Map<String, Object> variables,
            CountDownLatch hasRead, CountDownLatch mayComplete)
    {
        return asUser(user, () -> engine.management().executeCommand((Command<Void>) context ->
        {
            assertThat(context.getTaskEntityManager().findTaskById(task.getId())).isNotNull();
            if (readingTheProcess)
            {
                assertThat(context.getExecutionEntityManager().findExecutionById(task.getProcessInstanceId())).isNotNull();
            }
            hasRead.countDown();
            await(mayComplete);
            // The service call joins this command's context: the same transaction and the task as read above.
            engine.tasks().complete(task.getId(), variables, true);
            return null;
        }));
    }

    private static void assertOneDecisionMatchingTheStage(String ref)
    {
        List<CaseRecordEntry> decisions = engine.caseRecord().entries(ref).stream()
                .filter(e -> e.kind() == EntryKind.DECISION).toList();
        assertThat(decisions).hasSize(1);
        String outcome = decisions.get(0).outcome().code();
        String stored = engine.caseRecord().challenge(ref).stage().code();
        assertThat(outcome.equals("escalate") ? "stage2" : "stage1").isEqualTo(stored);
    }

    private static <T> T asUser(String user, java.util.function.Supplier<T> action)
    {
        engine.signIn(user);
        try
        {
            return action.get();
        }
        finally
        {
            engine.signOut();
        }
    }

    private static void await(CountDownLatch latch)
    {
        try
        {
            if (!latch.await(30, TimeUnit.SECONDS))
            {
                throw new IllegalStateException("the other completion never reached its step");
            }
        }
        catch (InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Object unwrap(Future<?> future) throws Exception
    {
        try
        {
            return future.get(60, TimeUnit.SECONDS);
        }
        catch (java.util.concurrent.ExecutionException e)
        {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
