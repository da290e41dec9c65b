package org.practicechallenge.repo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.activiti.engine.history.HistoricProcessInstance;
import org.activiti.engine.history.HistoricProcessInstanceQuery;
import org.activiti.engine.runtime.Execution;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowInstanceQuery;
import org.alfresco.service.cmr.workflow.WorkflowInstanceQuery.DatePosition;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.practicechallenge.repo.PracticeChallengeModel;
import org.practicechallenge.repo.workflow.ScheduledCinChecks.ScheduledCheck;
import org.practicechallenge.workflow.PracticeChallengeEngine;

/**
 * A chair's checks still to come, asked of the real Activiti engine running the module's BPMN, with the custom
 * properties turned into Activiti's history query as ACS 26's {@code ActivitiWorkflowEngine.createQuery} turns them
 * (running processes: {@code unfinished()}; a text property: {@code variableValueEquals}; a {@code d:datetime}
 * property's AFTER bound: {@code variableValueGreaterThanOrEqual}; Alfresco runs Activiti with history "full", as the
 * harness does). It shows the engine keeps {@code pcwf_chair} and {@code pcwf_cinCheckDate} so that such a query finds
 * a check while it waits for its timer, and no longer once the timer has opened the chair's task.
 */
class ScheduledCinChecksOnTheEngineTest
{
    private static final String CASE_FOLDER = "workspace://SpacesStore/case-stepped-down";

    private PracticeChallengeEngine engine;
    private ScheduledCinChecks checks;

    @BeforeEach
    void startEngine()
    {
        engine = PracticeChallengeEngine.builder().startingAt(Instant.parse("2026-08-24T08:00:00Z")).build();
        checks = new ScheduledCinChecks(new EngineWorkflows());
    }

    @AfterEach
    void stopEngine()
    {
        engine.close();
    }

    @Test
    void aCheckWaitingForItsTimerIsTheChairsUntilItFallsDue()
    {
        // Step-down conference Monday 24 August 2026: the check falls due Monday 5 October, 09:00 London.
        engine.startCinStepDownCheck("chair1", Map.of("pcwf_conferenceDate", "2026-08-24", "pcwf_caseFolder", CASE_FOLDER,
                "pcwf_raisingAgency", "safeguardingUnit", "pcwf_respondingAgency", "socialCare"));

        assertThat(checks.chairedBy("chair1", engine.now()))
                .extracting(ScheduledCheck::caseFolder, ScheduledCheck::checkAt)
                .containsExactly(tuple(CASE_FOLDER, Instant.parse("2026-10-05T08:00:00Z")));
        assertThat(checks.chairedBy("chair2", engine.now())).isEmpty();

        engine.advanceTo(Instant.parse("2026-10-05T08:00:00Z"));

        assertThat(checks.chairedBy("chair1", Instant.parse("2026-10-05T08:00:01Z"))).isEmpty();
    }

    /** Alfresco's WorkflowService over the harness's engine, for the three members ScheduledCinChecks calls. */
    private final class EngineWorkflows implements WorkflowService
    {
        @Override
        @SuppressWarnings("unchecked")
        public List<WorkflowInstance> getWorkflows(WorkflowInstanceQuery query)
        {
            List<WorkflowInstance> found = new ArrayList<>();
            for (boolean running : new boolean[] {true, false})
            {
                if (query.getActive() != null && query.getActive() != running)
                {
                    continue;
                }
                HistoricProcessInstanceQuery history = running
                        ? engine.history().createHistoricProcessInstanceQuery().unfinished()
                        : engine.history().createHistoricProcessInstanceQuery().finished();
                for (Map.Entry<QName, Object> property : query.getCustomProps().entrySet())
                {
                    String variable = PracticeChallengeModel.WORKFLOW_PREFIX + "_" + property.getKey().getLocalName();
                    if (property.getValue() instanceof Map<?, ?> bounds)
                    {
                        for (Map.Entry<DatePosition, Date> bound : ((Map<DatePosition, Date>) bounds).entrySet())
                        {
                            if (bound.getKey() == DatePosition.AFTER)
                            {
                                history.variableValueGreaterThanOrEqual(variable, bound.getValue());
                            }
                            else
                            {
                                history.variableValueLessThanOrEqual(variable, bound.getValue());
                            }
                        }
                    }
                    else
                    {
                        history.variableValueEquals(variable, property.getValue());
                    }
                }
                for (HistoricProcessInstance process : history.list())
                {
                    String key = engine.repository().createProcessDefinitionQuery()
                            .processDefinitionId(process.getProcessDefinitionId()).singleResult().getKey();
                    WorkflowDefinition definition = Mockito.mock(WorkflowDefinition.class);
                    Mockito.when(definition.getName()).thenReturn("activiti$" + key);
                    WorkflowInstance instance = Mockito.mock(WorkflowInstance.class);
                    Mockito.when(instance.getId()).thenReturn("activiti$" + process.getId());
                    Mockito.when(instance.getDefinition()).thenReturn(definition);
                    found.add(instance);
                }
            }
            return found;
        }

        @Override
        public List<WorkflowPath> getWorkflowPaths(String workflowId)
        {
            List<WorkflowPath> paths = new ArrayList<>();
            for (Execution execution : engine.runtime().createExecutionQuery()
                    .processInstanceId(workflowId.substring("activiti$".length())).list())
            {
                WorkflowPath path = Mockito.mock(WorkflowPath.class);
                Mockito.when(path.getId()).thenReturn("activiti$" + execution.getId());
                paths.add(path);
            }
            return paths;
        }

        @Override
        public Map<QName, Serializable> getPathProperties(String pathId)
        {
            Map<QName, Serializable> properties = new HashMap<>();
            engine.runtime().getVariables(pathId.substring("activiti$".length())).forEach((name, value) ->
            {
                if (name.startsWith(PracticeChallengeModel.WORKFLOW_PREFIX + "_") && value instanceof Serializable s)
                {
                    properties.put(QName.createQName(PracticeChallengeModel.WORKFLOW_NAMESPACE,
                            name.substring(PracticeChallengeModel.WORKFLOW_PREFIX.length() + 1)), s);
                }
            });
            return properties;
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
}
