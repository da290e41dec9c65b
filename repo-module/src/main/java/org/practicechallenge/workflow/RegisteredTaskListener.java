package org.practicechallenge.workflow;

import java.util.Map;

import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.TaskSide;

/**
 * A task listener the BPMN names as {@code ${practicechallenge_SimpleClassName}} ({@link RegistryName}). Alfresco only
 * registers Java delegates in {@code activitiBeanRegistry} by itself, so listeners register the same way
 * {@code BaseJavaDelegate} does.
 */
public abstract class RegisteredTaskListener implements TaskListener
{
    private static final long serialVersionUID = 1L;

    private transient ProtocolBinding protocol;

    public void setBeanRegistry(Map<Object, Object> beanRegistry)
    {
        beanRegistry.put(RegistryName.of(getClass()), this);
    }

    public void setProtocol(ProtocolBinding protocol)
    {
        this.protocol = protocol;
    }

    protected ProtocolBinding protocol()
    {
        return protocol;
    }

    @Override
    public final void notify(DelegateTask task)
    {
        ChallengeRejected.whenViolated(() ->
        {
            // Activiti 5.23 names the event only while the task's execution exists (TaskEntity.fireEvent): a
            // completion whose challenge another transaction has just closed arrives unnamed.
            if (EVENTNAME_COMPLETE.equals(task.getEventName()) || task.getEventName() == null)
            {
                CompletionLock.take(task);
            }
            handle(task);
        });
    }

    protected abstract void handle(DelegateTask task);

    /** Reads a completing task; the author, and that they may act on it, are checked before anything is recorded. */
    protected CompletedTask completed(DelegateTask task)
    {
        ProcessVariables process = protocol.variables(task.getExecution());
        Challenge challenge = ChallengeVariables.read(process);
        return new CompletedTask(protocol.variables(task), process, challenge, protocol.author(task, sideOf(task, challenge)),
                protocol.now());
    }

    /** Responses and the referral belong to the answering side, decisions to the raising side, the rest to the assignee. */
    private TaskSide sideOf(DelegateTask task, Challenge challenge)
    {
        String key = task.getTaskDefinitionKey();
        if (key.endsWith("Response") || key.equals(StageTaskOpening.PRACTICE_REVIEW_GROUP_REFERRAL))
        {
            return protocol.participants().responding(challenge);
        }
        if (key.endsWith("Decision"))
        {
            return protocol.participants().deciding(challenge);
        }
        return TaskSide.assignedTo(task.getAssignee());
    }
}
