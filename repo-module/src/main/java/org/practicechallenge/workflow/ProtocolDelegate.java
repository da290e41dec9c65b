package org.practicechallenge.workflow;

import org.activiti.engine.delegate.DelegateExecution;
import org.alfresco.repo.workflow.activiti.BaseJavaDelegate;

/**
 * A service task of our BPMN, named {@code ${practicechallenge_SimpleClassName}} ({@link RegistryName}) and registered
 * by Alfresco's {@code baseJavaDelegate} under {@link #getName()}. A protocol violation rejects the step; the engine's
 * transaction leaves nothing behind.
 */
public abstract class ProtocolDelegate extends BaseJavaDelegate
{
    private ProtocolBinding protocol;

    public void setProtocol(ProtocolBinding protocol)
    {
        this.protocol = protocol;
    }

    protected ProtocolBinding protocol()
    {
        return protocol;
    }

    /** The registry key: Alfresco's {@code BaseJavaDelegate.setBeanRegistry} puts the delegate under this name. */
    @Override
    protected String getName()
    {
        return RegistryName.of(getClass());
    }

    @Override
    public final void execute(DelegateExecution execution)
    {
        ChallengeRejected.whenViolated(() -> run(execution));
    }

    protected abstract void run(DelegateExecution execution);
}
