package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import org.activiti.engine.delegate.DelegateTask;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.Discussion;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.protocol.StageOutcome;

/**
 * Complete listener of {@code stageNDecision}: the raising side resolves, escalates or withdraws. The outcome is
 * copied to the process because Alfresco keeps task-form values on the task and the gateway needs it.
 */
public class StageDecisionRecording extends RegisteredTaskListener
{
    private static final long serialVersionUID = 1L;

    @Override
    protected void handle(DelegateTask task)
    {
        CompletedTask completed = completed(task);
        Challenge challenge = completed.challenge();
        Discussion discussion = completed.discussion();
        Object outcome = completed.form().raw(STAGE_OUTCOME);
        Challenge next = protocol().policy().decide(challenge, outcome, completed.form().raw(WITHDRAWAL_REASON), discussion, completed.at());
        StageOutcome decided = StageOutcome.fromCode("stageOutcome", outcome);

        protocol().caseRecord().append(challenge.ref(), CaseRecordEntry.of(EntryKind.DECISION, challenge.stage(), discussion,
                decided, completed.author(), challenge.raisingAgency(), completed.at()));
        protocol().caseRecord().update(next);
        ChallengeVariables.write(next, completed.process());
        completed.process().set(STAGE_OUTCOME, decided.code());
    }
}
