package org.practicechallenge.repo.record;

import static org.practicechallenge.workflow.ChallengeVariablesFixture.conferenceChallenge;
import static org.practicechallenge.workflow.ChallengeVariablesFixture.decision;
import static org.practicechallenge.workflow.ChallengeVariablesFixture.discussion;
import static org.practicechallenge.workflow.ChallengeVariablesFixture.professionalDifference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.ProcessEngineConfiguration;
import org.activiti.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.activiti.engine.impl.identity.Authentication;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.StageParticipants;
import org.practicechallenge.repo.Challenges;
import org.practicechallenge.repo.MockedRepository;
import org.practicechallenge.repo.ModuleDefaults;
import org.practicechallenge.repo.NodeValues;
import org.practicechallenge.repo.SignedIn;
import org.practicechallenge.repo.notice.MailEscalationNotices;
import org.practicechallenge.workflow.ChallengeOpening;
import org.practicechallenge.workflow.CinChallengeRaising;
import org.practicechallenge.workflow.CinCheckScheduling;
import org.practicechallenge.workflow.CinEvidenceRecording;
import org.practicechallenge.workflow.FamilyInformedRecording;
import org.practicechallenge.workflow.LatenessRecording;
import org.practicechallenge.workflow.OverdueNotice;
import org.practicechallenge.workflow.ProtocolBinding;
import org.practicechallenge.workflow.ReferralRecording;
import org.practicechallenge.workflow.RegisteredTaskListener;
import org.practicechallenge.workflow.ReminderNotice;
import org.practicechallenge.workflow.StageDecisionRecording;
import org.practicechallenge.workflow.StageResponseRecording;
import org.practicechallenge.workflow.StageTaskOpening;

/**
 * The module's BPMN on the Activiti 5.23 engine ACS embeds, with the Alfresco adapters as its ports: the case
 * record over a mocked NodeService, notices through a mocked ActionService, permissions and audit through mocked
 * services. What the workflow tests prove with the in-memory record holds with the real adapters: every step lands
 * on the child's case record, and what the adapters refuse rejects the step.
 */
class AlfrescoCaseRecordWorkflowTest
{
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String WORKFLOWS = "alfresco/module/practice-challenge-repo/workflow/";

    private static ProcessEngine engine;
    private static final Map<Object, Object> BEANS = new HashMap<>();
    /** Who is signed in on each thread, as the Caller port asks Alfresco; the test users are in the groups their names say. */
    private static final org.practicechallenge.workflow.SignedInStandIn CALLER = new org.practicechallenge.workflow.SignedInStandIn(ModuleDefaults.partnership().agencies());

    private MockedRepository repository;
    private final PermissionService permissionService = mock(PermissionService.class);
    private final ActionService actionService = mock(ActionService.class);
    private final AuditComponent auditComponent = mock(AuditComponent.class);
    private final List<String> auditPaths = new ArrayList<>();
    private SignedIn signedIn;
    private NodeRef caseFolder;

    @BeforeAll
    static void startEngine()
    {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        String url = System.getProperty("practicechallenge.test.jdbc.url", "jdbc:h2:mem:practicechallenge;DB_CLOSE_DELAY=-1");
        configuration.setJdbcUrl(url.startsWith("jdbc:h2:") ? "jdbc:h2:mem:alfrescoCaseRecordWorkflow;DB_CLOSE_DELAY=-1" : url);
        configuration.setJdbcDriver(url.startsWith("jdbc:h2:") ? "org.h2.Driver" : System.getProperty("practicechallenge.test.jdbc.driver"));
        configuration.setJdbcUsername(url.startsWith("jdbc:h2:") ? "sa" : System.getProperty("practicechallenge.test.jdbc.username"));
        configuration.setJdbcPassword(url.startsWith("jdbc:h2:") ? "" : System.getProperty("practicechallenge.test.jdbc.password", ""));
        configuration.setDatabaseSchemaUpdate("drop-create");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.setCreateDiagramOnDeploy(false);
        configuration.setBeans(BEANS);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("practice-challenge-repo")
                .addClasspathResource(WORKFLOWS + "practice-challenge.bpmn20.xml")
                .addClasspathResource(WORKFLOWS + "cin-step-down-check.bpmn20.xml")
                .deploy();
    }

    @AfterAll
    static void stopEngine()
    {
        engine.close();
    }

    @BeforeEach
    void alfrescoAdaptersAsThePorts()
    {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(Challenges.MONDAY));
        repository = new MockedRepository();
        signedIn = SignedIn.as("nurse1");
        caseFolder = repository.node("case-1", ContentModel.TYPE_FOLDER, Set.of(ASPECT_CHILD_CASE), Map.of(
                PROP_CHILD_IDENTIFIER, "C-104522", PROP_CASE_CATEGORY, "childInNeed",
                PROP_CHILD_DATE_OF_BIRTH, NodeValues.date(LocalDate.of(2015, 3, 14))));
        when(permissionService.hasPermission(any(), eq(PermissionService.READ))).thenReturn(AccessStatus.ALLOWED);
        when(auditComponent.areAuditValuesRequired(anyString())).thenReturn(true);
        doAnswer(call -> auditPaths.add(call.getArgument(0)) ? Map.of() : Map.of()).when(auditComponent).recordAuditValues(anyString(), anyMap());

        Properties settings = ModuleDefaults.properties();
        AlfrescoCaseRecord caseRecord = CaseRecordAssembly.caseRecord(repository.nodeService(), permissionService,
                auditComponent, DeclaredRecords.notInstalled());
        MailEscalationNotices notices = new MailEscalationNotices();
        notices.setActionService(actionService);
        notices.setNodeService(repository.nodeService());
        notices.setPartnershipSettings(ModuleDefaults.partnership());
        notices.setSettings(settings);

        ProtocolBinding protocol = new ProtocolBinding();
        protocol.setPolicy(Challenges.POLICY);
        protocol.setParticipants(new StageParticipants(ModuleDefaults.partnership().agencies()));
        protocol.setCaseRecord(caseRecord);
        protocol.setNotices(notices);
        protocol.setCaller(CALLER);
        register(protocol);
    }

    @AfterEach
    void signOut()
    {
        signedIn.close();
    }

    /** As Alfresco's BaseJavaDelegate and our listeners do: each under its simple class name. */
    private static void register(ProtocolBinding protocol)
    {
        ChallengeOpening opening = new ChallengeOpening();
        opening.setProtocol(protocol);
        ReminderNotice reminder = new ReminderNotice();
        reminder.setProtocol(protocol);
        OverdueNotice overdue = new OverdueNotice();
        overdue.setProtocol(protocol);
        CinCheckScheduling scheduling = new CinCheckScheduling();
        scheduling.setProtocol(protocol);
        CinChallengeRaising raising = new CinChallengeRaising();
        raising.setProtocol(protocol);
        for (Object delegate : List.of(opening, reminder, overdue, scheduling, raising))
        {
            BEANS.put(org.practicechallenge.workflow.RegistryName.of(delegate.getClass()), delegate);
        }
        for (RegisteredTaskListener listener : List.of(new StageTaskOpening(), new LatenessRecording(), new StageResponseRecording(), new StageDecisionRecording(),
                new ReferralRecording(), new FamilyInformedRecording(), new CinEvidenceRecording()))
        {
            listener.setProtocol(protocol);
            listener.setBeanRegistry(BEANS);
        }
    }

    private static ProcessInstance start(String user, Map<String, Object> variables)
    {
        Authentication.setAuthenticatedUserId(user);
        CALLER.signIn(user);
        try
        {
            return engine.getRuntimeService().startProcessInstanceByKey("pcPracticeChallenge", variables);
        }
        finally
        {
            Authentication.setAuthenticatedUserId(null);
            CALLER.signOut();
        }
    }

    private static void complete(ProcessInstance process, String taskKey, String user, Map<String, Object> variables)
    {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        Authentication.setAuthenticatedUserId(user);
        CALLER.signIn(user);
        try
        {
            engine.getTaskService().claim(task.getId(), user);
            engine.getTaskService().complete(task.getId(), variables);
        }
        finally
        {
            Authentication.setAuthenticatedUserId(null);
            CALLER.signOut();
        }
    }

    private NodeRef theChallenge()
    {
        List<NodeRef> challenges = repository.children(caseFolder, TYPE_PRACTICE_CHALLENGE);
        assertThat(challenges).hasSize(1);
        return challenges.get(0);
    }

    @Test
    void aProfessionalDifferenceEscalatedToStageThreeAndResolvedIsWholeOnTheChildsCaseRecord()
    {
        ProcessInstance process = start("nurse1", professionalDifference(caseFolder.toString()));
        for (int stage = 1; stage <= 3; stage++)
        {
            complete(process, "stage" + stage + "Response", "responder" + stage, discussion("Response at stage " + stage));
            complete(process, "stage" + stage + "Decision", "nurse1", decision(stage < 3 ? "escalate" : "resolved"));
        }

        NodeRef challenge = theChallenge();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(process.getId())
                .variableName("pcwf_challengeRef").singleResult().getValue()).isEqualTo(challenge.toString());
        Map<org.alfresco.service.namespace.QName, Serializable> stored = repository.properties(challenge);
        assertThat(stored).containsEntry(PROP_STATUS, "resolved").containsEntry(PROP_STAGE, "stage3").containsEntry(PROP_OUTCOME, "resolved");
        assertThat(repository.children(challenge, TYPE_CASE_RECORD_ENTRY)).extracting(entry -> repository.properties(entry).get(PROP_ENTRY_KIND))
                .containsExactly("raised", "response", "decision", "response", "decision", "response", "decision");
        assertThat(repository.properties(caseFolder)).containsEntry(PROP_OPEN_CHALLENGE_COUNT, 0).containsEntry(PROP_ANY_OVERDUE, false);
        assertThat(NodeValues.day(stored.get(PROP_RETAIN_UNTIL))).isEqualTo(LocalDate.of(2040, 3, 14));
        verify(permissionService).setPermission(caseFolder, "GROUP_PC_HEALTH_SENIOR_MANAGERS", PermissionService.CONSUMER, true);
        verify(permissionService).setPermission(caseFolder, "GROUP_PC_SOCIALCARE_SENIOR_MANAGERS", PermissionService.CONSUMER, true);
        assertThat(auditPaths).filteredOn("/practicechallenge/stageChange"::equals).hasSize(3);
        assertThat(auditPaths).filteredOn("/practicechallenge/outcome"::equals).hasSize(1);
        verify(actionService, atLeastOnce()).createAction(eq(MailActionExecuter.NAME), anyMap());
    }

    @Test
    void aChallengeRaisedOnAFolderThatIsNotAChildsCaseIsRejectedAndLeavesNothing()
    {
        NodeRef plain = repository.node("plain", ContentModel.TYPE_FOLDER, Set.of(), Map.of());
        long before = engine.getRuntimeService().createProcessInstanceQuery().count();

        // An IllegalArgumentException: the REST API answers 400 (RejectedInputTest.aRefusedStartReachesTheRestApiAsABadRequest).
        assertThatThrownBy(() -> start("nurse1", professionalDifference(plain.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Child's case record: '" + plain + "' is not a child case folder (aspect pc:childCase)");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
        assertThat(repository.children(plain, null)).isEmpty();
    }

    @Test
    void aMailServerThatIsDownDoesNotStopTheChallenge()
    {
        org.mockito.Mockito.doThrow(new RuntimeException("Failed to send email"))
                .when(actionService).executeAction(any(), any(), org.mockito.ArgumentMatchers.anyBoolean(), org.mockito.ArgumentMatchers.anyBoolean());

        ProcessInstance process = start("nurse1", professionalDifference(caseFolder.toString()));

        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey("stage1Response").count()).isEqualTo(1);
        assertThat(repository.properties(theChallenge())).containsEntry(PROP_STATUS, "open");
    }

    @Test
    void theFamilyIsRecordedAsToldAfterTheConferenceChallengeHasClosed()
    {
        Map<String, Object> conference = conferenceChallenge(1, false, caseFolder.toString());
        ProcessInstance process = start("chair1", conference);
        complete(process, "stage1Response", "sw1", discussion("Report will follow"));
        complete(process, "stage1Decision", "chair1", decision("resolved"));
        assertThat(repository.properties(theChallenge())).containsEntry(PROP_STATUS, "resolved").containsEntry(PROP_FAMILY_INFORMED_DATE, null);

        complete(process, "familyInformed", "chair1", Map.of("pcwf_familyInformedDate", "2026-08-24"));

        assertThat(NodeValues.day(repository.properties(theChallenge()).get(PROP_FAMILY_INFORMED_DATE))).isEqualTo(LocalDate.of(2026, 8, 24));
        assertThat(repository.children(theChallenge(), TYPE_CASE_RECORD_ENTRY)).extracting(entry -> repository.properties(entry).get(PROP_ENTRY_KIND))
                .endsWith("familyInformed");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();
    }

    @Test
    void theReminderTimerReachesTheStagesPeopleByMail()
    {
        ProcessInstance process = start("nurse1", professionalDifference(caseFolder.toString()));
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(Instant.parse("2026-09-30T09:00:00Z")));

        for (org.activiti.engine.runtime.Job job : engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                .timers().executable().orderByJobDuedate().asc().list())
        {
            engine.getManagementService().executeJob(job.getId());
        }

        assertThat(repository.properties(theChallenge())).containsEntry(PROP_OVERDUE, true);
        assertThat(repository.properties(caseFolder)).containsEntry(PROP_ANY_OVERDUE, true);
        verify(actionService, atLeastOnce()).executeAction(any(), eq(theChallenge()), eq(false), eq(true));
    }
}
