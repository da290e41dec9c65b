package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import java.time.Instant;

import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.Discussion;

/**
 * What a complete listener works with: the task's form values, the process's variables, the challenge as it stood
 * before this task, who completed it and when.
 */
record CompletedTask(ProcessVariables form, ProcessVariables process, Challenge challenge, String author, Instant at)
{
    /** The stage discussion recorded on the form: facts, opinion and outcome required. */
    Discussion discussion()
    {
        return Discussion.atStage(form.raw(DISCUSSION_METHOD), form.raw(FACTS), form.raw(OPINION),
                form.raw(OUTCOME_SUMMARY), form.raw(AGREED_ACTIONS));
    }
}
