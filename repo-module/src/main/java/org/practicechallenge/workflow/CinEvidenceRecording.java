package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import org.activiti.engine.delegate.DelegateTask;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.CinOutcome;
import org.practicechallenge.protocol.Discussion;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.protocol.ProtocolViolation;
import org.practicechallenge.protocol.Stage;

/**
 * Complete listener of {@code cinEvidenceCheck}: the chair records whether a CiN meeting and plan are evidenced.
 * The finding goes on the case record; what was found becomes the summary of any challenge that follows.
 */
public class CinEvidenceRecording extends RegisteredTaskListener
{
    private static final long serialVersionUID = 1L;

    @Override
    protected void handle(DelegateTask task)
    {
        ProcessVariables form = protocol().variables(task);
        ProcessVariables process = protocol().variables(task.getExecution());
        if (form.raw(CIN_OUTCOME) == null)
        {
            throw new ProtocolViolation("cinOutcome", "is required: evidenced or notEvidenced");
        }
        CinOutcome outcome = CinOutcome.fromCode("cinOutcome", form.raw(CIN_OUTCOME));
        Discussion check = Discussion.ofCheck(form.raw(FACTS), form.raw(OPINION), form.raw(OUTCOME_SUMMARY));
        String author = protocol().author(task);

        protocol().caseRecord().appendToCase(process.text(CASE_FOLDER), new CaseRecordEntry(EntryKind.CIN_EVIDENCE_CHECK,
                Stage.STAGE_1, null, check.facts(), check.opinion(), null, check.outcomeSummary(), null, author,
                process.text(RAISING_AGENCY), protocol().now(), outcome));
        process.set(CIN_OUTCOME, outcome.code());
        process.set(ISSUE_SUMMARY, check.facts());
    }
}
