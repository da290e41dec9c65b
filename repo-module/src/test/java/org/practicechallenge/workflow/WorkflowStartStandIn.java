package org.practicechallenge.workflow;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.RuntimeService;
import org.activiti.engine.impl.identity.Authentication;
import org.activiti.engine.runtime.ProcessInstance;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Stands in for Alfresco's start of a workflow (the {@link WorkflowStart} port's adapter on WorkflowService) on the
 * harness's plain engine, doing what ACS does as far as a bare Activiti engine can:
 * <ul>
 * <li>{@code ActivitiWorkflowEngine.startWorkflow}: the fully authenticated user ({@link SignedInStandIn}), not
 * the one asked for, becomes Activiti's authenticated user (the
 * engine records it as the start user; Alfresco does not reset it afterwards), the variables get {@code initiator}
 * (the person's node, {@code WorkflowConstants.PROP_INITIATOR}) and {@code cancelled = false}
 * ({@code PROP_CANCELLED}), and the latest version of the process starts.</li>
 * <li>{@code WorkflowService.createPackage(null)} passed as {@code WorkflowModel.ASSOC_PACKAGE}: a new package node
 * in {@code bpm_package}.</li>
 * <li>{@code WorkflowBuilder.build} ends the start task; {@code ActivitiWorkflowEngine.endStartTask} does that by
 * setting {@code _startTaskCompleted} ({@code ActivitiConstants.PROP_START_TASK_END_DATE}) on a running instance,
 * and {@code ActivitiTypeConverter.isStartTaskActive} is that variable's absence.</li>
 * </ul>
 * Left out, because they need Alfresco's repository or dictionary: {@code companyhome}, {@code initiatorhome} and
 * the start task type's default properties. Alfresco starts in a new command context that joins the caller's Spring
 * transaction (MNT-11926); on this standalone engine a new context would commit on its own, so the caller's is reused.
 */
final class WorkflowStartStandIn implements WorkflowStart
{
    static final String INITIATOR = "initiator";
    static final String CANCELLED = "cancelled";
    static final String WORKFLOW_PACKAGE = "bpm_package";
    static final String START_TASK_COMPLETED = "_startTaskCompleted";

    private ProcessEngine engine;
    private SignedInStandIn signedIn;

    void startOn(ProcessEngine engine)
    {
        this.engine = engine;
    }

    void signingInWith(SignedInStandIn signedIn)
    {
        this.signedIn = signedIn;
    }

    /** As {@code AlfrescoWorkflowStart}: {@code runAs(user)}, which leaves whoever is signed in signed in. */
    @Override
    public void startAs(String user, String processKey, Map<String, Serializable> variables)
    {
        signedIn.runAs(user, () -> start(processKey, variables));
    }

    /** As ActivitiWorkflowEngine.startWorkflow: the fully authenticated user is the engine's user and the initiator. */
    ProcessInstance start(String processKey, Map<String, ?> startValues)
    {
        String user = signedIn.fullyAuthenticatedUser();
        Authentication.setAuthenticatedUserId(user);
        Map<String, Object> variables = new HashMap<>(startValues);
        variables.put(CANCELLED, Boolean.FALSE);
        variables.put(INITIATOR, new RepositoryNode(node("person-" + user), user));
        variables.put(WORKFLOW_PACKAGE, new RepositoryNode(node("package-" + UUID.randomUUID()), null));
        RuntimeService runtime = engine.getRuntimeService();
        ProcessInstance instance = runtime.startProcessInstanceByKey(processKey, variables);
        if (!instance.isEnded())
        {
            runtime.setVariable(instance.getId(), START_TASK_COMPLETED, engine.getProcessEngineConfiguration().getClock().getCurrentTime());
        }
        return instance;
    }

    private static NodeRef node(String id)
    {
        return new NodeRef("workspace", "SpacesStore", id);
    }
}
