package org.practicechallenge.workflow;

import org.activiti.engine.delegate.DelegateTask;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.EntryKind;

/** Complete listener of {@code stageNResponse}: the responding agency's record of the discussion. */
public class StageResponseRecording extends RegisteredTaskListener
{
    private static final long serialVersionUID = 1L;

    @Override
    protected void handle(DelegateTask task)
    {
        CompletedTask completed = completed(task);
        Challenge challenge = completed.challenge();
        protocol().caseRecord().append(challenge.ref(), CaseRecordEntry.of(EntryKind.RESPONSE, challenge.stage(),
                completed.discussion(), null, completed.author(), challenge.respondingAgency(), completed.at()));
    }
}
