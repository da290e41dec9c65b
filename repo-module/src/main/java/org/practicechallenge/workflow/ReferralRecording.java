package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import java.time.Instant;

import org.activiti.engine.delegate.DelegateTask;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.Discussion;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.protocol.ReferralOutcome;

/** Complete listener of {@code practiceReviewGroupReferral}: the Practice Review Group concludes the challenge. */
public class ReferralRecording extends RegisteredTaskListener
{
    private static final long serialVersionUID = 1L;

    /** The agency recorded against the group's entries. */
    static final String PRACTICE_REVIEW_GROUP = "practiceReviewGroup";

    @Override
    protected void handle(DelegateTask task)
    {
        ProcessVariables form = protocol().variables(task);
        ProcessVariables process = protocol().variables(task.getExecution());
        Challenge challenge = ChallengeVariables.read(process);
        Instant now = protocol().now();
        Discussion discussion = StageResponseRecording.discussionOn(form);
        Challenge closed = protocol().policy().concludeReferral(challenge, form.raw(REFERRAL_OUTCOME), form.raw(WITHDRAWAL_REASON), discussion, now);
        String author = protocol().author(task);
        ReferralOutcome outcome = ReferralOutcome.fromCode("referralOutcome", form.raw(REFERRAL_OUTCOME));

        protocol().caseRecord().append(challenge.ref(), CaseRecordEntry.of(EntryKind.REFERRAL, challenge.stage(), discussion,
                outcome.asStageOutcome(), author, PRACTICE_REVIEW_GROUP, now));
        protocol().caseRecord().update(closed);
        ChallengeVariables.write(closed, process);
        process.set(REFERRAL_OUTCOME, outcome.code());
    }
}
