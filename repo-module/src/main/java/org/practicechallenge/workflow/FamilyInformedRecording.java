package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

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
        CompletedTask completed = completed(task);
        Challenge challenge = completed.challenge();
        Challenge told = protocol().policy().recordFamilyInformed(challenge, completed.form().date(FAMILY_INFORMED_DATE), completed.at());
        String facts = PlainText.optional("facts", completed.form().raw(FACTS), PlainText.ACCOUNT);

        protocol().caseRecord().append(challenge.ref(), new CaseRecordEntry(EntryKind.FAMILY_INFORMED, challenge.stage(),
                null, facts, null, null, null, null, completed.author(), challenge.raisingAgency(), completed.at(), null));
        protocol().caseRecord().update(told);
        ChallengeVariables.write(told, completed.process());
    }
}
