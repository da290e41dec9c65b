package org.practicechallenge.workflow;

import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.NoticeKind;
import org.practicechallenge.protocol.WaitingTask;

/** Reminder timer of every task that waits on a person: its due date is near. */
public class ReminderNotice extends StageNoticeSending
{
    @Override
    protected NoticeKind kind(WaitingTask task)
    {
        return switch (task)
        {
            case RESPONSE, REFERRAL -> NoticeKind.REMINDER;
            case DECISION -> NoticeKind.DECISION_REMINDER;
            case FAMILY_INFORMED -> NoticeKind.FAMILY_INFORMED_REMINDER;
            case CIN_EVIDENCE_CHECK -> NoticeKind.CIN_CHECK_REMINDER;
        };
    }

    /**
     * A stage whose reminder would have fallen at or before it opened has its reminder timer at the overdue moment
     * (EscalationPolicy): the overdue notice speaks then, not a reminder.
     */
    @Override
    protected boolean sends(Challenge challenge)
    {
        return challenge.deadline().remindAt().isBefore(challenge.deadline().overdueAt());
    }

    @Override
    protected Challenge onTimer(Challenge challenge, ProcessVariables process)
    {
        return challenge;
    }
}
