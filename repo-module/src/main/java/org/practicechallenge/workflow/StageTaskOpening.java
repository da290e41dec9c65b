package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import java.util.Date;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.DelegateTask;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.NoticeKind;
import org.practicechallenge.protocol.StageDeadline;
import org.practicechallenge.protocol.StageNotice;
import org.practicechallenge.protocol.TaskSide;
import org.practicechallenge.protocol.WaitingTask;

/**
 * Create listener of every task of {@code pcPracticeChallenge}: offers the task to the people the protocol names for
 * the stage, sets its due date, and tells the responding side a stage has reached them.
 */
public class StageTaskOpening extends RegisteredTaskListener
{
    private static final long serialVersionUID = 1L;

    static final String PRACTICE_REVIEW_GROUP_REFERRAL = "practiceReviewGroupReferral";
    static final String FAMILY_INFORMED = "familyInformed";
    /** Alfresco's task priorities: 1 high, 2 medium (its default), 3 low. */
    static final int HIGH_PRIORITY = 1;

    @Override
    protected void handle(DelegateTask task)
    {
        ProcessVariables process = protocol().variables(task.getExecution());
        Challenge challenge = ChallengeVariables.read(process);
        String key = task.getTaskDefinitionKey();
        clearPreviousRecord(process, key);
        if (challenge.immediateWelfareConcern())
        {
            // Task lists sort and flag by priority: a concern for the child's welfare comes first.
            task.setPriority(HIGH_PRIORITY);
        }
        if (key.endsWith("Response") || key.equals(PRACTICE_REVIEW_GROUP_REFERRAL))
        {
            offerTo(task, protocol().participants().responding(challenge));
            task.setDueDate(endOf(challenge.deadline().dueDate()));
            protocol().notices().send(new StageNotice(NoticeKind.STAGE_STARTED, challenge.ref(), challenge.caseFolder(),
                    challenge.stage(), challenge.deadline().dueDate(), protocol().participants().responders(challenge)));
        }
        else if (key.endsWith("Decision"))
        {
            offerTo(task, protocol().participants().deciding(challenge));
            task.setDueDate(endOf(deadline(key, challenge).dueDate()));
        }
        else if (key.equals(FAMILY_INFORMED))
        {
            task.setDueDate(endOf(deadline(key, challenge).dueDate()));
        }
    }

    /** Alfresco's task lists show a task to its candidate people and to members of its candidate groups. */
    private static void offerTo(DelegateTask task, TaskSide side)
    {
        side.people().forEach(task::addCandidateUser);
        task.addCandidateGroups(side.groups());
    }

    /**
     * The reminder timer's moment for the task now opening ({@code ${practicechallenge_StageTaskOpening.reminderAt(execution)}}):
     * Activiti creates a task's boundary timers before its create listeners run, so the timer asks here.
     */
    public Date reminderAt(DelegateExecution execution)
    {
        return Date.from(deadline(execution).remindAt());
    }

    /** The overdue timer's moment for the task now opening. */
    public Date overdueAt(DelegateExecution execution)
    {
        return Date.from(deadline(execution).overdueAt());
    }

    /** The due date of a task whose BPMN names it ({@code activiti:dueDate}): the CiN check, which has no create listener. */
    public Date dueAt(DelegateExecution execution)
    {
        return endOf(deadline(execution).dueDate());
    }

    private StageDeadline deadline(DelegateExecution execution)
    {
        String key = execution.getCurrentActivityId();
        // A CiN check has no challenge yet: its clock needs none.
        return deadline(key, WaitingTask.ofActivity(key) == WaitingTask.CIN_EVIDENCE_CHECK ? null
                : ChallengeVariables.read(protocol().variables(execution)));
    }

    /** One clock for the task's due date and its timers: both ask at the moment the task opens. */
    private StageDeadline deadline(String key, Challenge challenge)
    {
        return protocol().policy().taskDeadline(WaitingTask.ofActivity(key), challenge, protocol().now());
    }

    /**
     * Values recorded on an earlier task must not count for this one. Outcomes are cleared only when a new decision
     * is due, so the last outcome stays readable until then.
     */
    private static void clearPreviousRecord(ProcessVariables process, String key)
    {
        for (String name : TASK_RECORD)
        {
            boolean outcome = name.equals(STAGE_OUTCOME) || name.equals(REFERRAL_OUTCOME) || name.equals(WITHDRAWAL_REASON);
            if (!outcome || key.endsWith("Decision") || key.equals(PRACTICE_REVIEW_GROUP_REFERRAL))
            {
                process.set(name, null);
            }
        }
    }

    private Date endOf(java.time.LocalDate day)
    {
        return Date.from(day.plusDays(1).atStartOfDay(protocol().policy().settings().zone()).toInstant().minusSeconds(1));
    }
}
