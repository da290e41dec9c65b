package org.practicechallenge.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.activiti.engine.ActivitiException;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.workflow.PracticeChallengeEngine;

/**
 * Random walks of allowed and forbidden actions on a real engine: the stage never goes back, every step has its
 * case-record entry, a closed challenge stays closed, and every forbidden action is refused without changing anything.
 */
class ChallengeRandomWalkTest
{
    enum Action
    {
        RESPOND, RESOLVE, ESCALATE, WITHDRAW,
        // forbidden
        RESPOND_WITHOUT_FACTS, OUTCOME_TYPO, WITHDRAW_WITHOUT_REASON, MARKUP_IN_OPINION, COMPLETE_AGAIN
    }

    private static PracticeChallengeEngine engine;

    @BeforeContainer
    static void startEngine()
    {
        engine = PracticeChallengeEngine.builder().startingAt(PracticeChallengeEngine.MONDAY_24_AUGUST_2026).build();
    }

    @AfterContainer
    static void stopEngine()
    {
        engine.close();
    }

    @Provide
    Arbitrary<List<Action>> walks()
    {
        return Arbitraries.of(Action.class).list().ofMinSize(1).ofMaxSize(14);
    }

    @Property(tries = 60)
    void aChallengeOnlyEverMovesForwardAndForbiddenActionsChangeNothing(@ForAll("walks") List<Action> walk)
    {
        ProcessInstance process = engine.startChallenge("raiser", EngineRestartTest.professionalDifference(1));
        String ref = engine.challengeRef(process);
        int previousStage = 1;
        String lastCompletedTaskId = null;

        for (Action action : walk)
        {
            Challenge before = engine.caseRecord().challenge(ref);
            int entriesBefore = engine.caseRecord().entries(ref).size();
            Task task = engine.openTasks(process).stream().findFirst().orElse(null);
            if (before.isClosed())
            {
                assertThat(task).as("no work is left on a closed challenge").isNull();
                assertThat(engine.hasEnded(process)).isTrue();
                continue;
            }
            boolean decision = task.getTaskDefinitionKey().endsWith("Decision");
            boolean referral = task.getTaskDefinitionKey().equals("practiceReviewGroupReferral");
            Map<String, Object> allowed = allowedFor(action, decision, referral);

            if (allowed != null)
            {
                engine.complete(task, "user", allowed);
                lastCompletedTaskId = task.getId();
                assertThat(engine.caseRecord().entries(ref)).as("one entry per step").hasSize(entriesBefore + 1);
            }
            else
            {
                Map<String, Object> forbidden = forbiddenFor(action, decision, referral);
                String taskId = action == Action.COMPLETE_AGAIN && lastCompletedTaskId != null ? lastCompletedTaskId : task.getId();
                assertThatThrownBy(() -> engine.tasks().complete(taskId, forbidden)).isInstanceOf(ActivitiException.class);
                Challenge after = engine.caseRecord().challenge(ref);
                assertThat(after.stage()).isEqualTo(before.stage());
                assertThat(after.status()).isEqualTo(before.status());
                assertThat(engine.caseRecord().entries(ref)).hasSize(entriesBefore);
                assertThat(engine.openTasks(process)).extracting(Task::getId).contains(task.getId());
            }

            Challenge now = engine.caseRecord().challenge(ref);
            assertThat(now.stage().number()).as("stage never goes back").isGreaterThanOrEqualTo(previousStage);
            previousStage = now.stage().number();
        }
    }

    /** The action's task variables when it is allowed on this task, or null when it is a forbidden one here. */
    private static Map<String, Object> allowedFor(Action action, boolean decision, boolean referral)
    {
        Map<String, Object> v = EngineRestartTest.discussion();
        switch (action)
        {
            case RESPOND:
                return decision || referral ? null : v;
            case RESOLVE:
            case ESCALATE:
            case WITHDRAW:
                if (!decision && !referral)
                {
                    return null;
                }
                String outcome = action == Action.RESOLVE ? "resolved" : action == Action.ESCALATE ? "escalate" : "withdrawn";
                if (referral && action == Action.ESCALATE)
                {
                    return null;
                }
                v.put(referral ? "pcwf_referralOutcome" : "pcwf_stageOutcome", outcome);
                if (action == Action.WITHDRAW)
                {
                    v.put("pcwf_withdrawalReason", "No longer needed");
                }
                return v;
            default:
                return null;
        }
    }

    private static Map<String, Object> forbiddenFor(Action action, boolean decision, boolean referral)
    {
        Map<String, Object> v = new HashMap<>(EngineRestartTest.discussion());
        String outcomeVariable = referral ? "pcwf_referralOutcome" : "pcwf_stageOutcome";
        switch (action)
        {
            case RESPOND_WITHOUT_FACTS -> v.remove("pcwf_facts");
            case OUTCOME_TYPO -> v.put(outcomeVariable, "resolve");
            case WITHDRAW_WITHOUT_REASON -> v.put(outcomeVariable, "withdrawn");
            case MARKUP_IN_OPINION -> v.put("pcwf_opinion", "<b>wrong</b>");
            case ESCALATE -> v.put(outcomeVariable, "escalate");          // escalating past the Practice Review Group
            case RESOLVE, WITHDRAW -> v.remove("pcwf_facts");              // outcome on a response task: facts missing too
            default -> v.remove("pcwf_opinion");
        }
        if (!decision && !referral && action != Action.RESPOND_WITHOUT_FACTS && action != Action.MARKUP_IN_OPINION)
        {
            v.remove("pcwf_facts");
        }
        return v;
    }
}
