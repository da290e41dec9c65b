package org.practicechallenge.repo.workflow;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowInstanceQuery;
import org.alfresco.service.cmr.workflow.WorkflowInstanceQuery.DatePosition;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.namespace.QName;
import org.practicechallenge.repo.PracticeChallengeModel;

/**
 * Alfresco's public {@code WorkflowService} over a few Activiti processes, answering {@code getWorkflows},
 * {@code getWorkflowPaths} and {@code getPathProperties} as ACS 26 does (facts read in alfresco-community-repo, not
 * its code):
 * <ul>
 * <li>{@code WorkflowServiceImpl.getWorkflows}: with neither a definition id nor an engine id every engine is asked,
 * otherwise only the one named;</li>
 * <li>{@code ActivitiWorkflowEngine.getWorkflows}: {@code active} {@code true} gives running processes only,
 * {@code false} finished only, {@code null} both; each custom property is a criterion on the process variable of the
 * same name ({@code pcwf:chair} is {@code pcwf_chair}): {@code null} asks for a missing or null variable, a
 * {@code d:date}/{@code d:datetime} property's value must be a {@code Map<DatePosition, Date>} ({@code AFTER}: variable
 * at or after, {@code BEFORE}: at or before; anything else fails with a {@code ClassCastException} as Alfresco's cast
 * does), any other value must equal the variable;</li>
 * <li>{@code WorkflowPermissionInterceptor} does not filter these methods: every caller gets the same answer;</li>
 * <li>a definition's name is {@code activiti$<process key>} whatever its version;</li>
 * <li>{@code getPathProperties}: the path's variables, its process's included, named as model properties.</li>
 * </ul>
 * Everything else throws.
 */
public final class WorkflowsAsAlfrescoAnswers implements WorkflowService
{
    /** The {@code pcwf} properties of type {@code d:date} or {@code d:datetime} in the workflow model. */
    private static final Set<String> DATE_PROPERTIES = Set.of("cinCheckDate", "conferenceDate", "dueDate",
            "reminderDate", "overdueDate", "raisedDate", "stageStartedDate", "formDueDate", "closedDate",
            "nextConferenceDate", "lineManagerConsultedDate", "familyInformedDate");

    private record Process(String id, String key, boolean active, Map<String, Object> variables)
    {
    }

    private final Map<String, Process> processes = new LinkedHashMap<>();
    /** Every query asked, so a test can say what was asked. */
    public final List<WorkflowInstanceQuery> asked = new ArrayList<>();

    /** A process of this key, running or finished, with these variables ({@code pcwf_chair}, ...). */
    public WorkflowsAsAlfrescoAnswers process(String id, String processKey, boolean active, Map<String, Object> variables)
    {
        processes.put("activiti$" + id, new Process("activiti$" + id, processKey, active, new HashMap<>(variables)));
        return this;
    }

    @Override
    public List<WorkflowInstance> getWorkflows(WorkflowInstanceQuery query)
    {
        asked.add(query);
        if (query.getEngineId() != null && !query.getEngineId().equals("activiti"))
        {
            throw new IllegalArgumentException("Workflow Engine " + query.getEngineId() + " does not exist");
        }
        List<WorkflowInstance> found = new ArrayList<>();
        // Running ones first, then finished ones, as ActivitiWorkflowEngine adds them.
        for (boolean running : new boolean[] {true, false})
        {
            if (query.getActive() != null && query.getActive() != running)
            {
                continue;
            }
            for (Process process : processes.values())
            {
                if (process.active() == running && matches(process, query.getCustomProps()))
                {
                    found.add(instance(process));
                }
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static boolean matches(Process process, Map<QName, Object> criteria)
    {
        if (criteria == null)
        {
            return true;
        }
        for (Map.Entry<QName, Object> criterion : criteria.entrySet())
        {
            QName property = criterion.getKey();
            Object variable = process.variables().get(variableName(property));
            if (criterion.getValue() == null)
            {
                if (variable != null)
                {
                    return false;
                }
            }
            else if (PracticeChallengeModel.WORKFLOW_NAMESPACE.equals(property.getNamespaceURI())
                    && DATE_PROPERTIES.contains(property.getLocalName()))
            {
                Map<DatePosition, Date> bounds = (Map<DatePosition, Date>) criterion.getValue();
                for (Map.Entry<DatePosition, Date> bound : bounds.entrySet())
                {
                    if (bound.getValue() == null)
                    {
                        continue;
                    }
                    if (!(variable instanceof Date date))
                    {
                        return false;
                    }
                    if (bound.getKey() == DatePosition.AFTER && date.before(bound.getValue())
                            || bound.getKey() == DatePosition.BEFORE && date.after(bound.getValue()))
                    {
                        return false;
                    }
                }
            }
            else if (!Objects.equals(variable, criterion.getValue()))
            {
                return false;
            }
        }
        return true;
    }

    private static WorkflowInstance instance(Process process)
    {
        WorkflowDefinition definition = mock(WorkflowDefinition.class);
        when(definition.getName()).thenReturn("activiti$" + process.key());
        when(definition.getId()).thenReturn("activiti$" + process.key() + ":3:17");
        WorkflowInstance instance = mock(WorkflowInstance.class);
        when(instance.getId()).thenReturn(process.id());
        when(instance.getDefinition()).thenReturn(definition);
        return instance;
    }

    @Override
    public List<WorkflowPath> getWorkflowPaths(String workflowId)
    {
        Process process = processes.get(workflowId);
        if (process == null || !process.active())
        {
            return List.of();
        }
        WorkflowPath path = mock(WorkflowPath.class);
        when(path.getId()).thenReturn(workflowId + "-path");
        when(path.isActive()).thenReturn(true);
        return List.of(path);
    }

    @Override
    public Map<QName, Serializable> getPathProperties(String pathId)
    {
        Process process = processes.get(pathId.substring(0, pathId.length() - "-path".length()));
        Map<QName, Serializable> properties = new HashMap<>();
        process.variables().forEach((name, value) -> properties.put(
                QName.createQName(PracticeChallengeModel.WORKFLOW_NAMESPACE, name.substring("pcwf_".length())),
                (Serializable) value));
        return properties;
    }

    private static String variableName(QName property)
    {
        return (PracticeChallengeModel.WORKFLOW_NAMESPACE.equals(property.getNamespaceURI()) ? "pcwf_" : "")
                + property.getLocalName();
    }

    @Override
    public WorkflowDefinition getDefinitionByName(String workflowName)
    {
        throw new UnsupportedOperationException();
    }

    @Override
    public WorkflowPath startWorkflow(String workflowDefinitionId, Map<QName, Serializable> parameters)
    {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<WorkflowTask> getTasksForWorkflowPath(String pathId)
    {
        throw new UnsupportedOperationException();
    }

    @Override
    public WorkflowTask endTask(String taskId, String transitionId)
    {
        throw new UnsupportedOperationException();
    }

    @Override
    public NodeRef createPackage(NodeRef container)
    {
        throw new UnsupportedOperationException();
    }
}
