package org.practicechallenge.repo.workflow;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowInstanceQuery;
import org.alfresco.service.cmr.workflow.WorkflowInstanceQuery.DatePosition;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.namespace.QName;
import org.practicechallenge.repo.PracticeChallengeModel;

/**
 * A conference chair's six-week Child in Need checks still to come: running {@code pcCinStepDownCheck} processes
 * whose chair ({@code pcwf_chair}) is the person and whose check moment ({@code pcwf_cinCheckDate}, the timer's date)
 * is not yet past, so the process is still waiting at its timer; once the timer fires the check is the chair's task
 * in Share's My Tasks instead.
 *
 * <p>Asked through Alfresco's public {@code WorkflowService.getWorkflows(WorkflowInstanceQuery)}: in ACS 26 its
 * Activiti engine ({@code ActivitiWorkflowEngine.createQuery}) turns each custom property into a variable criterion of
 * Activiti's history query ({@code pcwf:chair} → {@code variableValueEquals("pcwf_chair", ...)}, a {@code d:datetime}
 * property's {@code Map<DatePosition, Date>} → {@code variableValueGreaterThanOrEqual}), and
 * {@code WorkflowPermissionInterceptor} does not filter this method, so it answers the same for every caller: the
 * chair criterion is what keeps the list to the caller's own checks. A workflow definition id would name one deployed
 * version only, so the process is told apart by its definition's name ({@code activiti$pcCinStepDownCheck}, alike for
 * every version). The case folder and the check moment are read from the waiting path's variables
 * ({@code getWorkflowPaths}, {@code getPathProperties}).
 */
public class ScheduledCinChecks
{
    static final String ENGINE = "activiti";
    static final String PROCESS = ENGINE + "$pcCinStepDownCheck";
    static final QName CHAIR = workflowProperty("chair");
    static final QName CHECK_DATE = workflowProperty("cinCheckDate");
    static final QName CASE_FOLDER = workflowProperty("caseFolder");

    /** One check still to come: the child's case folder (a node reference) and when it falls due. */
    public record ScheduledCheck(String workflowId, String caseFolder, Instant checkAt)
    {
    }

    private final WorkflowService workflowService;

    public ScheduledCinChecks(WorkflowService workflowService)
    {
        this.workflowService = workflowService;
    }

    /** The chair's checks still to come after {@code now}, soonest first. */
    public List<ScheduledCheck> chairedBy(String chair, Instant now)
    {
        WorkflowInstanceQuery query = new WorkflowInstanceQuery(true);
        query.setEngineId(ENGINE);
        query.setCustomProps(Map.of(CHAIR, chair, CHECK_DATE, Map.of(DatePosition.AFTER, Date.from(now))));
        List<ScheduledCheck> checks = new ArrayList<>();
        for (WorkflowInstance workflow : workflowService.getWorkflows(query))
        {
            if (workflow.getDefinition() == null || !PROCESS.equals(workflow.getDefinition().getName()))
            {
                continue;
            }
            for (WorkflowPath path : workflowService.getWorkflowPaths(workflow.getId()))
            {
                Map<QName, Serializable> variables = workflowService.getPathProperties(path.getId());
                Serializable folder = variables.get(CASE_FOLDER);
                Serializable due = variables.get(CHECK_DATE);
                if (chair.equals(variables.get(CHAIR)) && folder != null && due instanceof Date date
                        && !date.toInstant().isBefore(now))
                {
                    checks.add(new ScheduledCheck(workflow.getId(), folder.toString(), date.toInstant()));
                    break;
                }
            }
        }
        checks.sort(Comparator.comparing(ScheduledCheck::checkAt).thenComparing(ScheduledCheck::workflowId));
        return checks;
    }

    private static QName workflowProperty(String name)
    {
        return QName.createQName(PracticeChallengeModel.WORKFLOW_NAMESPACE, name);
    }
}
