package org.practicechallenge.repo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.authentication.AuthenticationUtil.RunAsWork;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.practicechallenge.repo.PracticeChallengeModel;

/**
 * The adapter against a mocked WorkflowService that answers as ACS's does: {@code startWorkflow} makes the fully
 * authenticated user the initiator ({@code ActivitiWorkflowEngine.startWorkflow}); {@code getTasksForWorkflowPath}
 * and {@code endTask} answer for a start task only to its initiator, System or an administrator
 * ({@code WorkflowPermissionInterceptor}). {@code AuthenticationUtil.runAs} behaves as Alfresco's: with someone
 * signed in it changes only the run-as user.
 */
class AlfrescoWorkflowStartTest
{
    private static final NodeRef PACKAGE = new NodeRef("workspace://SpacesStore/package-1");
    private static final String DEFINITION_ID = "activiti$pcPracticeChallenge:2:1204";
    private static final String START_TASK_ID = "activiti$start1301";

    private final WorkflowService workflowService = mock(WorkflowService.class);
    private final WorkflowPath path = mock(WorkflowPath.class);
    private final WorkflowTask startTask = mock(WorkflowTask.class);
    private final AlfrescoWorkflowStart start = new AlfrescoWorkflowStart();
    private final List<String> calls = new ArrayList<>();
    private MockedStatic<AuthenticationUtil> authentication;
    private String fullyAuthenticated;
    private String runAs;
    private String initiator;

    @BeforeEach
    void alfresco()
    {
        authentication = mockStatic(AuthenticationUtil.class);
        authentication.when(AuthenticationUtil::getFullyAuthenticatedUser).thenAnswer(call -> fullyAuthenticated);
        authentication.when(AuthenticationUtil::getRunAsUser).thenAnswer(call -> runAs);
        authentication.when(() -> AuthenticationUtil.runAs(any(), anyString()))
                .thenAnswer(call -> runAs(call.getArgument(0), call.getArgument(1)));
        authentication.when(() -> AuthenticationUtil.runAsSystem(any()))
                .thenAnswer(call -> runAs(call.getArgument(0), AuthenticationUtil.SYSTEM_USER_NAME));

        WorkflowDefinition definition = mock(WorkflowDefinition.class);
        when(definition.getId()).thenReturn(DEFINITION_ID);
        when(workflowService.getDefinitionByName("activiti$pcPracticeChallenge")).thenReturn(definition);
        when(workflowService.createPackage(null)).thenAnswer(call -> called("createPackage", PACKAGE));
        when(path.getId()).thenReturn("activiti$1301");
        when(path.isActive()).thenReturn(true);
        when(startTask.getId()).thenReturn(START_TASK_ID);
        when(workflowService.startWorkflow(any(), anyMap())).thenAnswer(call ->
        {
            initiator = fullyAuthenticated;
            return called("startWorkflow", path);
        });
        when(workflowService.getTasksForWorkflowPath("activiti$1301")).thenAnswer(call ->
                called("getTasksForWorkflowPath", mayAccessStartTask() ? List.of(startTask) : List.of()));
        when(workflowService.endTask(START_TASK_ID, null)).thenAnswer(call ->
        {
            if (!mayAccessStartTask())
            {
                throw new IllegalStateException("AccessDeniedException: not allowed for user '" + runAs + "'");
            }
            return called("endTask", startTask);
        });
        start.setWorkflowService(workflowService);
    }

    @AfterEach
    void close()
    {
        authentication.close();
    }

    @Test
    void theChairStartsTheLatestDefinitionWithANewPackageAndTheStartTaskEnded()
    {
        fullyAuthenticated = runAs = "chair1";

        start.startAs("chair1", "pcPracticeChallenge", challenge());

        assertThat(initiator).isEqualTo("chair1");
        assertThat(calls).containsExactly("createPackage as chair1", "startWorkflow as chair1",
                "getTasksForWorkflowPath as System", "endTask as System");
        Map<QName, Serializable> parameters = startParameters();
        assertThat(parameters).containsEntry(WorkflowModel.ASSOC_PACKAGE, PACKAGE)
                .containsEntry(pcwf("challengeKind"), "conferenceChallenge").containsEntry(pcwf("startStage"), 1)
                .containsEntry(pcwf("raisedBy"), "chair1").containsEntry(pcwf("conferenceDate"), new Date(0)).hasSize(5);
        assertThat(runAs).isEqualTo("chair1");
    }

    @Test
    void withNobodySignedInTheChairBecomesTheInitiator()
    {
        start.startAs("chair1", "pcPracticeChallenge", challenge());

        assertThat(initiator).isEqualTo("chair1");
        verify(workflowService).endTask(START_TASK_ID, null);
        assertThat(fullyAuthenticated).isNull();
    }

    @Test
    void whenSomeoneElseCompletedTheCheckTheStartTaskIsStillEnded()
    {
        // Alfresco's runAs leaves the signed-in user fully authenticated, and startWorkflow takes the initiator from that.
        fullyAuthenticated = runAs = "manager1";

        start.startAs("chair1", "pcPracticeChallenge", challenge());

        assertThat(initiator).isEqualTo("manager1");
        assertThat(calls).contains("createPackage as chair1", "endTask as System");
    }

    @Test
    void aProcessThatEndedAtOnceHasNoStartTaskToEnd()
    {
        when(path.isActive()).thenReturn(false);

        start.startAs("chair1", "pcPracticeChallenge", challenge());

        verify(workflowService, never()).getTasksForWorkflowPath(any());
        verify(workflowService, never()).endTask(any(), any());
    }

    @Test
    void aRefusedStartReachesTheCallerAndEndsNothing()
    {
        when(workflowService.startWorkflow(any(), anyMap())).thenThrow(new IllegalArgumentException("pcwf_issueSummary: required"));

        assertThatThrownBy(() -> start.startAs("chair1", "pcPracticeChallenge", challenge())).hasMessageContaining("pcwf_issueSummary");

        verify(workflowService, never()).endTask(any(), any());
    }

    @Test
    void aPathWithoutItsStartTaskIsAnError()
    {
        when(workflowService.getTasksForWorkflowPath("activiti$1301")).thenReturn(List.of());

        assertThatThrownBy(() -> start.startAs("chair1", "pcPracticeChallenge", challenge())).hasMessageContaining("Start task not found");
    }

    @Test
    void anUndeployedProcessIsRefusedBeforeAnyPackageIsMade()
    {
        assertThatThrownBy(() -> start.startAs("chair1", "pcOther", challenge())).hasMessageContaining("activiti$pcOther is not deployed");

        verify(workflowService, never()).createPackage(any());
    }

    @Test
    void onlyWorkflowModelVariablesAreStartParameters()
    {
        Map<String, Serializable> variables = challenge();
        variables.put("bpm_priority", 1);

        assertThatThrownBy(() -> start.startAs("chair1", "pcPracticeChallenge", variables)).hasMessageContaining("bpm_priority");

        verify(workflowService, never()).startWorkflow(any(), anyMap());
    }

    private static Map<String, Serializable> challenge()
    {
        Map<String, Serializable> variables = new HashMap<>();
        variables.put("pcwf_challengeKind", "conferenceChallenge");
        variables.put("pcwf_startStage", 1);
        variables.put("pcwf_raisedBy", "chair1");
        variables.put("pcwf_conferenceDate", new Date(0));
        return variables;
    }

    @SuppressWarnings("unchecked")
    private Map<QName, Serializable> startParameters()
    {
        org.mockito.ArgumentCaptor<Map<QName, Serializable>> parameters = org.mockito.ArgumentCaptor.forClass(Map.class);
        verify(workflowService).startWorkflow(org.mockito.ArgumentMatchers.eq(DEFINITION_ID), parameters.capture());
        return parameters.getValue();
    }

    private static QName pcwf(String name)
    {
        return QName.createQName(PracticeChallengeModel.WORKFLOW_NAMESPACE, name);
    }

    private boolean mayAccessStartTask()
    {
        return AuthenticationUtil.SYSTEM_USER_NAME.equals(runAs) || runAs != null && runAs.equals(initiator);
    }

    private <T> T called(String method, T result)
    {
        calls.add(method + " as " + runAs);
        return result;
    }

    /** As Alfresco's AuthenticationUtil.runAs: with nobody signed in, signs the user in for the work. */
    private Object runAs(RunAsWork<?> work, String user) throws Exception
    {
        String fullBefore = fullyAuthenticated;
        String runAsBefore = runAs;
        if (fullyAuthenticated == null)
        {
            fullyAuthenticated = user;
        }
        runAs = user;
        try
        {
            return work.doWork();
        }
        finally
        {
            fullyAuthenticated = fullBefore;
            runAs = runAsBefore;
        }
    }
}
