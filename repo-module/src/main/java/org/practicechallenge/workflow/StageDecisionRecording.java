package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import java.time.Instant;

import org.activiti.engine.delegate.DelegateTask;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.Discussion;
import org.practicechallenge.protocol.EntryKind;

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
        ProcessVariables form = protocol().variables(task);
        ProcessVariables process = protocol().variables(task.getExecution());
        Challenge challenge = ChallengeVariables.read(process);
        Instant now = protocol().now();
        Discussion discussion = StageResponseRecording.discussionOn(form);
        Challenge next = protocol().policy().decide(challenge, form.raw(STAGE_OUTCOME), form.raw(WITHDRAWAL_REASON), discussion, now);
        String author = protocol().author(task);
        String outcome = form.text(STAGE_OUTCOME);

        protocol().caseRecord().append(challenge.ref(), CaseRecordEntry.of(EntryKind.DECISION, challenge.stage(), discussion,
                org.practicechallenge.protocol.StageOutcome.fromCode("stageOutcome", outcome), author,
                challenge.raisingAgency(), now));
        protocol().caseRecord().update(next);
        ChallengeVariables.write(next, process);
        process.set(STAGE_OUTCOME, outcome);
    }
}
