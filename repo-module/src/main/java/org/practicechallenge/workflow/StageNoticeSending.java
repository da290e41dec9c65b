package org.practicechallenge.workflow;

import org.activiti.engine.delegate.DelegateExecution;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.NoticeKind;
import org.practicechallenge.protocol.StageNotice;

/**
 * Shared by the timers' delegates: a timer only tells people a due date is near or past; it never moves the
 * challenge on.
 */
abstract class StageNoticeSending extends ProtocolDelegate
{
    @Override
    protected void run(DelegateExecution execution)
    {
        ProtocolBinding protocol = protocol();
        ProcessVariables process = protocol.variables(execution);
        Challenge challenge = ChallengeVariables.read(process);
        if (!challenge.isClosed())
        {
            Challenge noticed = onTimer(challenge, process);
            protocol.notices().send(new StageNotice(kind(), noticed.ref(), noticed.caseFolder(), noticed.stage(),
                    noticed.deadline().dueDate(), protocol.participants().noticeRecipients(noticed)));
        }
    }

    protected abstract NoticeKind kind();

    /** What the timer changes on the challenge before the notice goes out, if anything. */
    protected abstract Challenge onTimer(Challenge challenge, ProcessVariables process);
}
