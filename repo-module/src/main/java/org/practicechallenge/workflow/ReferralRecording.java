package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

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
        CompletedTask completed = completed(task);
        Challenge challenge = completed.challenge();
        Discussion discussion = completed.discussion();
        Object outcome = completed.form().raw(REFERRAL_OUTCOME);
        Challenge closed = protocol().policy().concludeReferral(challenge, outcome, completed.form().raw(WITHDRAWAL_REASON), discussion, completed.at());
        ReferralOutcome concluded = ReferralOutcome.fromCode("referralOutcome", outcome);

        protocol().caseRecord().append(challenge.ref(), CaseRecordEntry.of(EntryKind.REFERRAL, challenge.stage(), discussion,
                concluded.asStageOutcome(), completed.author(), PRACTICE_REVIEW_GROUP, completed.at()));
        protocol().caseRecord().update(closed);
        ChallengeVariables.write(closed, completed.process());
        completed.process().set(REFERRAL_OUTCOME, concluded.code());
    }
}
