package org.practicechallenge.benchmarks;

import org.practicechallenge.workflow.PracticeChallengeEngine;

/**
 * The shipped {@code pcPracticeChallenge} BPMN with the product taken out: no task listeners, and service tasks that
 * evaluate {@code ${true}} instead of calling our delegates. Same gateways, tasks and timers, so the difference in
 * throughput is what our delegates and listeners cost.
 */
final class BareTopology
{
    static final String PROCESS_KEY = "pcBareTopology";

    private BareTopology()
    {
    }

    static String bpmn()
    {
        String shipped = PracticeChallengeEngine.moduleWorkflowResources().stream()
                .filter(f -> f.endsWith("/practice-challenge.bpmn20.xml")).findFirst().orElseThrow();
        return PracticeChallengeEngine.moduleWorkflow(shipped)
                    .replaceAll("(?s)<extensionElements>\\s*(<activiti:taskListener[^>]*/>\\s*)+</extensionElements>", "")
                    .replaceAll("activiti:delegateExpression=\"\\$\\{[A-Za-z_]+}\"", "activiti:expression=\"\\${true}\"")
                    // A task's own timers ask the product for their moments; the bare process uses the stage's.
                    .replace("${practicechallenge_StageTaskOpening.reminderAt(execution)}", "${pcwf_reminderDate}")
                    .replace("${practicechallenge_StageTaskOpening.overdueAt(execution)}", "${pcwf_overdueDate}")
                    .replace("pcPracticeChallenge", PROCESS_KEY);
    }
}
