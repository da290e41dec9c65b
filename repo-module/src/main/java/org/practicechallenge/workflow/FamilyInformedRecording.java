package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import org.activiti.engine.delegate.DelegateTask;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.DiscussionMethod;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.protocol.PlainText;
import org.practicechallenge.protocol.ProtocolViolation;

/**
 * Complete listener of {@code familyInformed}: the chair records that the family was told of the challenge (the day,
 * and how) or that they were not told (why). Either is written on the child's case record in words; only a day told
 * becomes the challenge's family-informed date.
 */
public class FamilyInformedRecording extends RegisteredTaskListener
{
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Override
    protected void handle(DelegateTask task)
    {
        CompletedTask completed = completed(task);
        Challenge challenge = completed.challenge();
        LocalDate day = completed.form().date(FAMILY_INFORMED_DATE);
        String reason = PlainText.optional("familyNotToldReason", completed.form().raw(FAMILY_NOT_TOLD_REASON), PlainText.SUMMARY);
        Object how = completed.form().raw(FAMILY_TOLD_METHOD);
        String note = PlainText.optional("facts", completed.form().raw(FACTS), PlainText.ACCOUNT);
        if (day == null && reason == null)
        {
            throw new ProtocolViolation("familyInformedDate", "give the day the family was told, or say why they were not told");
        }
        if (day != null && reason != null)
        {
            throw new ProtocolViolation("familyNotToldReason", "leave it empty when the family was told");
        }
        if (day == null && how != null && !how.toString().isBlank())
        {
            throw new ProtocolViolation("familyToldMethod", "leave it empty when the family was not told");
        }

        // The chair's own words stay the facts (the reason, or any note); what was recorded is said as the outcome.
        Challenge recorded = challenge;
        String outcome;
        DiscussionMethod method = null;
        if (day != null)
        {
            recorded = protocol().policy().recordFamilyInformed(challenge, day, completed.at());
            method = how == null || how.toString().isBlank() ? null : DiscussionMethod.fromCode("familyToldMethod", how);
            outcome = MessageFormat.format(text("practicechallenge.familyInformed.told"), DAY.format(day));
        }
        else
        {
            outcome = text("practicechallenge.familyInformed.notTold");
        }
        String facts = day != null ? note : note == null ? reason : reason + "\n" + note;
        protocol().caseRecord().append(challenge.ref(), new CaseRecordEntry(EntryKind.FAMILY_INFORMED, challenge.stage(),
                method, facts, null, null, outcome, null, completed.author(), challenge.raisingAgency(), completed.at(), null));
        protocol().caseRecord().update(recorded);
        ChallengeVariables.write(recorded, completed.process());
    }

    private static String text(String key)
    {
        return ResourceBundle.getBundle(ChallengeRejected.LABELS, Locale.ROOT).getString(key);
    }
}
