package org.practicechallenge.workflow;

import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.NoticeKind;

/** Reminder timer of {@code stageNResponse}: the due date is near. */
public class ReminderNotice extends StageNoticeSending
{
    @Override
    protected NoticeKind kind()
    {
        return NoticeKind.REMINDER;
    }

    @Override
    protected Challenge onTimer(Challenge challenge, ProcessVariables process)
    {
        return challenge;
    }
}
