package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import org.activiti.engine.delegate.DelegateTask;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.Discussion;
import org.practicechallenge.protocol.EntryKind;

/** Complete listener of {@code stageNResponse}: the responding agency's record of the discussion. */
public class StageResponseRecording extends RegisteredTaskListener
{
    private static final long serialVersionUID = 1L;

    @Override
    protected void handle(DelegateTask task)
    {
        ProcessVariables form = protocol().variables(task);
        Challenge challenge = ChallengeVariables.read(protocol().variables(task.getExecution()));
        Discussion discussion = discussionOn(form);
        String author = protocol().author(task);
        protocol().caseRecord().append(challenge.ref(), CaseRecordEntry.of(EntryKind.RESPONSE, challenge.stage(),
                discussion, null, author, challenge.respondingAgency(), protocol().now()));
    }

    static Discussion discussionOn(ProcessVariables form)
    {
        return Discussion.atStage(form.raw(DISCUSSION_METHOD), form.raw(FACTS), form.raw(OPINION),
                form.raw(OUTCOME_SUMMARY), form.raw(AGREED_ACTIONS));
    }
}
