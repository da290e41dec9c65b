package org.practicechallenge.workflow;

import java.time.Instant;

import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.VariableScope;
import org.activiti.engine.impl.context.Context;
import org.practicechallenge.protocol.ActingPerson;
import org.practicechallenge.protocol.Caller;
import org.practicechallenge.protocol.CaseRecord;
import org.practicechallenge.protocol.EscalationNotices;
import org.practicechallenge.protocol.EscalationPolicy;
import org.practicechallenge.protocol.StageParticipants;
import org.practicechallenge.protocol.TaskSide;

/**
 * Binds the protocol and its ports to the engine: what every delegate and listener needs, plus the engine's clock
 * and who is acting. One Spring bean, shared by all of them.
 */
public final class ProtocolBinding
{
    private EscalationPolicy policy;
    private StageParticipants participants;
    private CaseRecord caseRecord;
    private EscalationNotices notices;
    private Caller caller;

    public void setPolicy(EscalationPolicy policy)
    {
        this.policy = policy;
    }

    public void setParticipants(StageParticipants participants)
    {
        this.participants = participants;
    }

    public void setCaseRecord(CaseRecord caseRecord)
    {
        this.caseRecord = caseRecord;
    }

    public void setNotices(EscalationNotices notices)
    {
        this.notices = notices;
    }

    public void setCaller(Caller caller)
    {
        this.caller = caller;
    }

    EscalationPolicy policy()
    {
        return policy;
    }

    StageParticipants participants()
    {
        return participants;
    }

    CaseRecord caseRecord()
    {
        return caseRecord;
    }

    EscalationNotices notices()
    {
        return notices;
    }

    ProcessVariables variables(VariableScope scope)
    {
        return new ProcessVariables(scope, policy.settings().zone());
    }

    /** The engine's clock, so timers and records agree (and tests can move time). */
    Instant now()
    {
        return Context.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
    }

    /** Who is signed in, as the repository says: never the task's assignee nor the engine's thread-local user. */
    ActingPerson actingPerson()
    {
        return caller.current();
    }

    /** Someone else, by user name, with the groups the repository gives them (the practitioner a raiser names). */
    ActingPerson person(String userName)
    {
        return caller.person(userName);
    }

    /** The author of a task assigned to one person (the chair's): them, or an administrator acting for them. */
    String author(DelegateTask task)
    {
        return author(task, TaskSide.assignedTo(task.getAssignee()));
    }

    /** The author of a task of {@code side}: the person signed in, refused unless of that side or an administrator. */
    String author(DelegateTask task, TaskSide side)
    {
        return participants.author(actingPerson(), side, task.getAssignee(), task.getName());
    }
}
