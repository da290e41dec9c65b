package org.alfresco.service.cmr.workflow;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.workflow.WorkflowService} (the public {@code WorkflowService}
 * bean); compile-only, declaring only the methods Practice Challenge calls. Alfresco's {@code @Auditable} and
 * {@code @AlfrescoPublicApi} annotations are left out. ACS guards this service with
 * {@code WorkflowPermissionInterceptor}, not with administrator-only method security: task methods answer only for
 * the run-as user's own tasks (initiator, assignee, pooled actor), System and administrators see all.
 */
public interface WorkflowService
{
    /** @param workflowName engine id, {@code $}, process key, e.g. {@code activiti$activitiReview} */
    WorkflowDefinition getDefinitionByName(String workflowName);

    WorkflowPath startWorkflow(String workflowDefinitionId, Map<QName, Serializable> parameters);

    List<WorkflowTask> getTasksForWorkflowPath(String pathId);

    WorkflowTask endTask(String taskId, String transitionId);

    NodeRef createPackage(NodeRef container);

    /** Workflows matching the query, running first then finished (as {@code active} asks), every user's alike. */
    List<WorkflowInstance> getWorkflows(WorkflowInstanceQuery workflowInstanceQuery);

    /** The workflow's paths (Activiti: its executions). */
    List<WorkflowPath> getWorkflowPaths(String workflowId);

    /** The path's variables as model properties ({@code pcwf_x} is {@code pcwf:x}), its process's included. */
    Map<QName, Serializable> getPathProperties(String pathId);
}
