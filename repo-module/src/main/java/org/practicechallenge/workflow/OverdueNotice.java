package org.practicechallenge.workflow;

import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.NoticeKind;

/** Overdue timer of {@code stageNResponse}: the response is late; the challenge is flagged, not decided. */
public class OverdueNotice extends StageNoticeSending
{
    @Override
    protected NoticeKind kind()
    {
        return NoticeKind.OVERDUE;
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
