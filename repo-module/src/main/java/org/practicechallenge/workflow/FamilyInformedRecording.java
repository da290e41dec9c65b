package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import java.time.Instant;

import org.activiti.engine.delegate.DelegateTask;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.protocol.PlainText;

/** Complete listener of {@code familyInformed}: the chair records when the family was told of the challenge. */
public class FamilyInformedRecording extends RegisteredTaskListener
{
    private static final long serialVersionUID = 1L;

    @Override
    protected void handle(DelegateTask task)
    {
        ProcessVariables form = protocol().variables(task);
        ProcessVariables process = protocol().variables(task.getExecution());
        Challenge challenge = ChallengeVariables.read(process);
        Instant now = protocol().now();
        Challenge told = protocol().policy().recordFamilyInformed(challenge, form.date(FAMILY_INFORMED_DATE), now);
        String facts = PlainText.optional("facts", form.raw(FACTS), PlainText.ACCOUNT);
        String author = protocol().author(task);

        protocol().caseRecord().append(challenge.ref(), new CaseRecordEntry(EntryKind.FAMILY_INFORMED, challenge.stage(),
                null, facts, null, null, null, null, author, challenge.raisingAgency(), now));
        protocol().caseRecord().update(told);
        ChallengeVariables.write(told, process);
    }
}
