package org.practicechallenge.workflow;

import java.time.Instant;

import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.VariableScope;
import org.activiti.engine.impl.context.Context;
import org.activiti.engine.impl.identity.Authentication;
import org.practicechallenge.protocol.CaseRecord;
import org.practicechallenge.protocol.EscalationNotices;
import org.practicechallenge.protocol.EscalationPolicy;
import org.practicechallenge.protocol.ProtocolViolation;
import org.practicechallenge.protocol.StageParticipants;

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

    /** The person completing the task: its assignee, or whoever is signed in to the engine. */
    String author(DelegateTask task)
    {
        String author = task.getAssignee() != null ? task.getAssignee() : Authentication.getAuthenticatedUserId();
        if (author == null || author.isBlank())
        {
            throw new ProtocolViolation("author", "the task has no assignee and nobody is signed in; claim the task first");
        }
        return author;
    }
}
