package org.practicechallenge.workflow;

import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.NoticeKind;
import org.practicechallenge.protocol.WaitingTask;

/**
 * Overdue timer of every task that waits on a person. A late response or referral flags the challenge, never decides
 * it; a late decision or family-told record is chased, and its lateness is entered on the record when it is answered.
 */
public class OverdueNotice extends StageNoticeSending
{
    @Override
    protected NoticeKind kind(WaitingTask task)
    {
        return switch (task)
        {
            case RESPONSE, REFERRAL -> NoticeKind.OVERDUE;
            case DECISION -> NoticeKind.DECISION_OVERDUE;
            case FAMILY_INFORMED -> NoticeKind.FAMILY_INFORMED_OVERDUE;
            case CIN_EVIDENCE_CHECK -> NoticeKind.CIN_CHECK_OVERDUE;
        };
    }

    @Override
    protected Challenge onTimer(Challenge challenge, ProcessVariables process)
    {
        Challenge overdue = protocol().policy().markOverdue(challenge);
        protocol().caseRecord().update(overdue);
        ChallengeVariables.write(overdue, process);
        return overdue;
    }
}
