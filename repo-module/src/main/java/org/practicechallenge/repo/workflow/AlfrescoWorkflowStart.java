package org.practicechallenge.repo.workflow;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.namespace.QName;
import org.practicechallenge.repo.PracticeChallengeModel;
import org.practicechallenge.workflow.WorkflowStart;

/**
 * The {@link WorkflowStart} port on Alfresco's public {@code WorkflowService}. It follows the path Share's start form
 * takes ({@code WorkflowFormProcessor} → {@code WorkflowFormPersister} → {@code org.alfresco.repo.workflow.WorkflowBuilder#build}):
 * a new package from {@code createPackage(null)} as {@code bpm:package}, {@code startWorkflow} on the latest definition,
 * then, if the path is still active, its one task (the start task) ended with the default transition.
 *
 * <p>The start runs as the user ({@code AuthenticationUtil.runAs}): {@code ActivitiWorkflowEngine.startWorkflow} makes
 * the fully authenticated user the initiator, so timers run as them ({@code AuthenticatedTimerJobHandler}) and the
 * workflow is in their "Workflows I've started". {@code runAs} replaces only the run-as user when someone is signed in,
 * so when someone other than {@code user} is signed in, they become the initiator. Ending the start task runs as System:
 * {@code WorkflowPermissionInterceptor} shows path tasks to the run-as user only if they are the initiator, so in that
 * case the start task would be hidden. Everything joins the caller's transaction (WorkflowService is PROPAGATION_REQUIRED).</p>
 */
public class AlfrescoWorkflowStart implements WorkflowStart
{
    /** BPMEngineRegistry.createGlobalId: engine id, '$', the engine's own id. */
    private static final String ACTIVITI = "activiti$";
    private static final String VARIABLE_PREFIX = PracticeChallengeModel.WORKFLOW_PREFIX + "_";

    private WorkflowService workflowService;

    public void setWorkflowService(WorkflowService workflowService)
    {
        this.workflowService = workflowService;
    }

    @Override
    public void startAs(String user, String processKey, Map<String, Serializable> variables)
    {
        Map<QName, Serializable> parameters = parameters(variables);
        WorkflowPath path = AuthenticationUtil.runAs(() -> start(processKey, parameters), user);
        if (path.isActive())
        {
            AuthenticationUtil.runAsSystem(() -> endStartTask(path));
        }
    }

    private WorkflowPath start(String processKey, Map<QName, Serializable> parameters)
    {
        WorkflowDefinition definition = workflowService.getDefinitionByName(ACTIVITI + processKey);
        if (definition == null)
        {
            throw new IllegalStateException(ACTIVITI + processKey + " is not deployed");
        }
        parameters.put(WorkflowModel.ASSOC_PACKAGE, workflowService.createPackage(null));
        return workflowService.startWorkflow(definition.getId(), parameters);
    }

    /** As WorkflowBuilder.signalStartTask: a fresh path has exactly its start task. */
    private WorkflowTask endStartTask(WorkflowPath path)
    {
        List<WorkflowTask> tasks = workflowService.getTasksForWorkflowPath(path.getId());
        if (tasks.size() != 1)
        {
            throw new IllegalStateException("Start task not found! Expected 1 task but found: " + tasks.size());
        }
        return workflowService.endTask(tasks.get(0).getId(), null);
    }

    /** {@code pcwf_x} is the property {@code pcwf:x}, as Alfresco maps workflow model properties to variables. */
    private static Map<QName, Serializable> parameters(Map<String, Serializable> variables)
    {
        Map<QName, Serializable> parameters = new HashMap<>();
        variables.forEach((name, value) ->
        {
            if (!name.startsWith(VARIABLE_PREFIX))
            {
                throw new IllegalArgumentException("not a " + PracticeChallengeModel.WORKFLOW_PREFIX + " variable: " + name);
            }
            parameters.put(QName.createQName(PracticeChallengeModel.WORKFLOW_NAMESPACE, name.substring(VARIABLE_PREFIX.length())), value);
        });
        return parameters;
    }
}
