package org.practicechallenge.workflow;

import java.time.LocalDate;
import java.util.Set;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.task.Task;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.NoticeKind;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.StageNotice;
import org.practicechallenge.protocol.WaitingTask;

/**
 * Shared by the timers' delegates: a timer only tells people a due date is near or past; it never moves the
 * challenge on. The step's id names the task it chases ({@code stage2Reminder} a response, {@code stage2DecisionReminder}
 * a decision, {@code familyInformedOverdue} the family-told record, {@code cinEvidenceCheckReminder} the CiN check).
 */
abstract class StageNoticeSending extends ProtocolDelegate
{
    @Override
    protected void run(DelegateExecution execution)
    {
        ProtocolBinding protocol = protocol();
        ProcessVariables process = protocol.variables(execution);
        WaitingTask task = WaitingTask.ofActivity(execution.getCurrentActivityId());
        if (task == WaitingTask.CIN_EVIDENCE_CHECK)
        {
            // No challenge yet: the notice is about the case folder, to the chair who is to check it.
            String caseFolder = process.text(WorkflowVariables.CASE_FOLDER);
            protocol.notices().send(new StageNotice(kind(task), caseFolder, caseFolder, Stage.STAGE_1, dueDate(execution),
                    Set.of(process.text(WorkflowVariables.CHAIR))));
            return;
        }
        Challenge challenge = ChallengeVariables.read(process);
        // The family is told even of a closed challenge; every other task ends when the challenge closes.
        if (challenge.isClosed() && task != WaitingTask.FAMILY_INFORMED)
        {
            return;
        }
        switch (task)
        {
            case RESPONSE, REFERRAL ->
            {
                if (!sends(challenge))
                {
                    return;
                }
                Challenge noticed = onTimer(challenge, process);
                protocol.notices().send(new StageNotice(kind(task), noticed.ref(), noticed.caseFolder(), noticed.stage(),
                        noticed.deadline().dueDate(), protocol.participants().noticeRecipients(noticed)));
            }
            case DECISION ->
            {
                protocol.notices().send(new StageNotice(kind(task), challenge.ref(), challenge.caseFolder(), challenge.stage(),
                        dueDate(execution), protocol.participants().deciders(challenge)));
            }
            case FAMILY_INFORMED -> protocol.notices().send(new StageNotice(kind(task), challenge.ref(),
                    challenge.caseFolder(), challenge.stage(), dueDate(execution), Set.of(challenge.raisedBy())));
            case CIN_EVIDENCE_CHECK -> throw new IllegalStateException("handled above");
        }
    }

    /** The notice for a response or referral; decisions and the family-told record have words of their own. */
    protected abstract NoticeKind kind(WaitingTask task);

    /** Whether the stage's notice still has something to say when the timer fires. */
    protected boolean sends(Challenge challenge)
    {
        return true;
    }

    /** What the timer changes on the challenge before the notice goes out, if anything. */
    protected abstract Challenge onTimer(Challenge challenge, ProcessVariables process);

    /** The chased task's own due date, as its create listener set it and Share shows it. */
    private LocalDate dueDate(DelegateExecution execution)
    {
        Task waiting = execution.getEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(WaitingTask.taskOf(execution.getCurrentActivityId()))
                .singleResult();
        return waiting == null || waiting.getDueDate() == null ? null
                : waiting.getDueDate().toInstant().atZone(protocol().policy().settings().zone()).toLocalDate();
    }
}
