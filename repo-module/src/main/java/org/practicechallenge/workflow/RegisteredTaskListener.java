package org.practicechallenge.workflow;

import java.util.Map;

import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;

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

    /** Reads a completing task; the author is checked before anything is recorded. */
    protected CompletedTask completed(DelegateTask task)
    {
        ProcessVariables process = protocol.variables(task.getExecution());
        return new CompletedTask(protocol.variables(task), process, ChallengeVariables.read(process), protocol.author(task),
                protocol.now());
    }
}
