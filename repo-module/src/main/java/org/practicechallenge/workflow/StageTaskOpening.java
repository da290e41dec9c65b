package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import java.util.Date;
import java.util.Set;

import org.activiti.engine.delegate.DelegateTask;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.NoticeKind;
import org.practicechallenge.protocol.StageNotice;

/**
 * Create listener of every task of {@code pcPracticeChallenge}: offers the task to the people the protocol names for
 * the stage, sets its due date, and tells the responding side a stage has reached them.
 */
public class StageTaskOpening extends RegisteredTaskListener
{
    private static final long serialVersionUID = 1L;

    static final String PRACTICE_REVIEW_GROUP_REFERRAL = "practiceReviewGroupReferral";
    static final String FAMILY_INFORMED = "familyInformed";

    @Override
    protected void handle(DelegateTask task)
    {
        ProcessVariables process = protocol().variables(task.getExecution());
        Challenge challenge = ChallengeVariables.read(process);
        String key = task.getTaskDefinitionKey();
        clearPreviousRecord(process, key);
        if (key.endsWith("Response") || key.equals(PRACTICE_REVIEW_GROUP_REFERRAL))
        {
            Set<String> responders = protocol().participants().responders(challenge);
            task.addCandidateGroups(responders);
            task.setDueDate(endOf(challenge.deadline().dueDate()));
            protocol().notices().send(new StageNotice(NoticeKind.STAGE_STARTED, challenge.ref(), challenge.caseFolder(),
                    challenge.stage(), challenge.deadline().dueDate(), responders));
        }
        else if (key.endsWith("Decision"))
        {
            task.addCandidateUser(challenge.raisedBy());
            task.addCandidateGroups(protocol().participants().deciders(challenge));
        }
        else if (key.equals(FAMILY_INFORMED) && challenge.nextConferenceDate() != null)
        {
            // The chair tells the family at the meeting held before the next conference starts.
            task.setDueDate(Date.from(challenge.nextConferenceDate().atStartOfDay(protocol().policy().settings().zone()).toInstant()));
        }
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
