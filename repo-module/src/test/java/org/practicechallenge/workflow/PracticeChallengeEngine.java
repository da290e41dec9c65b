package org.practicechallenge.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.activiti.engine.HistoryService;
import org.activiti.engine.ManagementService;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.ProcessEngineConfiguration;
import org.activiti.engine.RepositoryService;
import org.activiti.engine.RuntimeService;
import org.activiti.engine.TaskService;
import org.activiti.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.activiti.engine.impl.identity.Authentication;
import org.activiti.engine.repository.DeploymentBuilder;
import org.activiti.engine.runtime.Job;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.practicechallenge.calendar.EnglandAndWalesBankHolidays;
import org.practicechallenge.protocol.EscalationPolicy;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.StageParticipants;
import org.practicechallenge.protocol.WorkingDayCalendar;

/**
 * A real Activiti 5.23.0 engine (the one ACS 23.x-26.x embeds) running the module's own BPMN files, delegates and
 * listeners, with an in-memory case record and notice log that commit with the engine's transactions.
 *
 * <h2>Use in acceptance tests</h2>
 * <pre>{@code
 * try (PracticeChallengeEngine engine = PracticeChallengeEngine.builder()
 *         .startingAt(PracticeChallengeEngine.MONDAY_24_AUGUST_2026).build())   // default: now
 * {
 *     ProcessInstance challenge = engine.startChallenge("chair1", Map.of(
 *             "pcwf_challengeKind", "conferenceChallenge", "pcwf_startStage", 2, "pcwf_lineManagerConsulted", true,
 *             "pcwf_raisingAgency", "safeguardingUnit", "pcwf_respondingAgency", "socialCare",
 *             "pcwf_issueCategory", "reportBelowStandard", "pcwf_issueSummary", "...",
 *             "pcwf_conferenceDate", "2026-08-21", "pcwf_caseFolder", "workspace://SpacesStore/case-1"));
 *     Task response = engine.task(challenge, "stage2Response");
 *     engine.complete(response, "manager1", Map.of("pcwf_facts", "...", "pcwf_opinion", "...", "pcwf_outcomeSummary", "..."));
 *     engine.advanceTo(Instant.parse("2026-09-10T09:00:00Z"));   // fires reminders and overdue notices that fell due
 *     engine.caseRecord().entries(engine.challengeRef(challenge));
 * }
 * }</pre>
 * <ul>
 * <li>Start variables are those of {@code pcwf:raiseChallengeTask} (see DEVELOPERS.md). Dates may be {@link Date},
 * {@link java.time.LocalDate} or ISO strings. {@code pcwf_raisedBy} comes from the user passed to
 * {@link #startChallenge}.</li>
 * <li>Each stage N has {@code stageNResponse} then {@code stageNDecision}; a decision needs {@code pcwf_stageOutcome}
 * ({@code resolved}, {@code escalate}, {@code withdrawn}; withdrawal needs {@code pcwf_withdrawalReason}); every stage
 * task needs {@code pcwf_facts}, {@code pcwf_opinion} and {@code pcwf_outcomeSummary}. Escalating Stage 4 leads to
 * {@code practiceReviewGroupReferral} ({@code pcwf_referralOutcome} resolved or withdrawn).</li>
 * <li>Conference challenges also give the chair {@code familyInformed} ({@code pcwf_familyInformedDate}); their
 * process ends when both the stages and that task are done.</li>
 * <li>A broken rule throws a {@link ChallengeRejected} whose message is the field's label and the rule
 * ({@code Start at stage: must be a stage number from 1 to 4}); a refused task completion arrives inside Activiti's
 * {@link org.activiti.engine.ActivitiException} wrappers with it as the innermost cause. Nothing is stored.</li>
 * <li>The database is H2 in memory unless the system properties {@code practicechallenge.test.jdbc.*} name another
 * (the Maven profiles {@code postgresql} and {@code mariadb} point them at PostgreSQL and MariaDB); each engine
 * drops and recreates Activiti's tables. {@link Builder#keepingDatabase()} reuses an existing schema, for restart
 * tests.</li>
 * </ul>
 */
public final class PracticeChallengeEngine implements AutoCloseable
{
    static final String MODULE = "alfresco/module/practice-challenge-repo/";
    /** 09:00 in London on the Monday before the 2026 summer bank holiday; the module's own tests start here. */
    public static final Instant MONDAY_24_AUGUST_2026 = Instant.parse("2026-08-24T08:00:00Z");
    static final String WORKFLOW_FOLDER = MODULE + "workflow";

    private final ProcessEngine engine;
    private final InMemoryCaseRecord caseRecord;
    private final RecordedNotices notices;
    private final EscalationPolicy policy;
    private final WorkflowStartStandIn workflowStart = new WorkflowStartStandIn();
    private final SignedInStandIn signedIn;

    private PracticeChallengeEngine(Builder builder)
    {
        Map<String, String> settings = moduleSettings();
        settings.putAll(builder.settings);
        this.policy = new EscalationPolicy(PartnershipSettings.from(settings), new WorkingDayCalendar(new EnglandAndWalesBankHolidays()));
        this.caseRecord = builder.caseRecord;
        this.notices = builder.notices;

        ProtocolBinding protocol = new ProtocolBinding();
        protocol.setPolicy(policy);
        protocol.setParticipants(new StageParticipants(policy.settings().agencies()));
        protocol.setCaseRecord(caseRecord);
        protocol.setNotices(notices);
        this.signedIn = new SignedInStandIn(policy.settings().agencies());
        protocol.setCaller(signedIn);
        workflowStart.signingInWith(signedIn);

        Map<Object, Object> beans = new HashMap<>();
        registerDelegate(beans, new ChallengeOpening(), protocol);
        registerDelegate(beans, new ReminderNotice(), protocol);
        registerDelegate(beans, new OverdueNotice(), protocol);
        registerDelegate(beans, new CinCheckScheduling(), protocol);
        CinChallengeRaising raising = new CinChallengeRaising();
        raising.setWorkflowStart(workflowStart);
        registerDelegate(beans, raising, protocol);
        for (RegisteredTaskListener listener : List.of(new StageTaskOpening(), new LatenessRecording(), new StageResponseRecording(),
                new StageDecisionRecording(), new ReferralRecording(), new FamilyInformedRecording(), new CinEvidenceRecording()))
        {
            listener.setProtocol(protocol);
            listener.setBeanRegistry(beans);
        }

        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration()
        {
            @Override
            public void initDatabaseType()
            {
                // As ACS's AlfrescoProcessEngineConfiguration does: MariaDB's driver names the product "MariaDB", which
                // Activiti 5.23 does not know; its schema and statements are those of "mysql".
                databaseTypeMappings.setProperty("MariaDB", DATABASE_TYPE_MYSQL);
                super.initDatabaseType();
            }
        };
        configuration.setJdbcUrl(System.getProperty("practicechallenge.test.jdbc.url", "jdbc:h2:mem:practicechallenge;DB_CLOSE_DELAY=-1"));
        configuration.setJdbcDriver(System.getProperty("practicechallenge.test.jdbc.driver", "org.h2.Driver"));
        configuration.setJdbcUsername(System.getProperty("practicechallenge.test.jdbc.username", "sa"));
        configuration.setJdbcPassword(System.getProperty("practicechallenge.test.jdbc.password", ""));
        configuration.setDatabaseSchemaUpdate(builder.keepDatabase ? ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE
                : "drop-create");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.setBeans(beans);
        configuration.setCreateDiagramOnDeploy(false);
        this.engine = configuration.buildProcessEngine();
        workflowStart.startOn(engine);
        setTime(builder.start);
        if (!builder.keepDatabase || repository().createProcessDefinitionQuery().count() == 0)
        {
            deployModuleWorkflows();
        }
    }

    private static void registerDelegate(Map<Object, Object> beans, ProtocolDelegate delegate, ProtocolBinding protocol)
    {
        // Alfresco's BaseJavaDelegate.setBeanRegistry puts the delegate under getName(); the harness does the same.
        delegate.setProtocol(protocol);
        beans.put(delegate.getName(), delegate);
    }

    public static Builder builder()
    {
        return new Builder();
    }

    /** The module's shipped defaults from its {@code alfresco-global.properties}. */
    public static Map<String, String> moduleSettings()
    {
        Properties properties = new Properties();
        try (InputStream in = PracticeChallengeEngine.class.getClassLoader().getResourceAsStream(MODULE + "alfresco-global.properties"))
        {
            properties.load(in);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key)));
        return settings;
    }

    /**
     * Classpath names of the BPMN files shipped in the module's resources (the build output or the module JAR,
     * never a copy).
     */
    public static List<String> moduleWorkflowResources()
    {
        URL folder = PracticeChallengeEngine.class.getClassLoader().getResource(WORKFLOW_FOLDER);
        if (folder == null)
        {
            throw new IllegalStateException("no " + WORKFLOW_FOLDER + " on the classpath");
        }
        try
        {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme()))
            {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of()))
                {
                    return bpmnIn(jar.getPath(WORKFLOW_FOLDER));
                }
            }
            return bpmnIn(Paths.get(uri));
        }
        catch (IOException | URISyntaxException e)
        {
            throw new IllegalStateException("cannot list " + folder, e);
        }
    }

    private static List<String> bpmnIn(Path folder) throws IOException
    {
        try (Stream<Path> files = Files.list(folder))
        {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".bpmn20.xml")).sorted()
                    .map(name -> WORKFLOW_FOLDER + "/" + name).toList();
        }
    }

    /** The text of one shipped BPMN file. */
    public static String moduleWorkflow(String resource)
    {
        try (InputStream in = PracticeChallengeEngine.class.getClassLoader().getResourceAsStream(resource))
        {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    private void deployModuleWorkflows()
    {
        DeploymentBuilder deployment = repository().createDeployment().name("practice-challenge-repo");
        for (String resource : moduleWorkflowResources())
        {
            deployment.addClasspathResource(resource);
        }
        deployment.deploy();
    }

    /** Starts {@code pcPracticeChallenge} as {@code user} would in Share (see {@link WorkflowStartStandIn}). */
    public ProcessInstance startChallenge(String user, Map<String, ?> variables)
    {
        return startAs(user, "pcPracticeChallenge", variables);
    }

    /** Starts {@code pcCinStepDownCheck} as {@code chair} would in Share. */
    public ProcessInstance startCinStepDownCheck(String chair, Map<String, ?> variables)
    {
        return startAs(chair, "pcCinStepDownCheck", variables);
    }

    private ProcessInstance startAs(String user, String processKey, Map<String, ?> variables)
    {
        signedIn.signIn(user);
        try
        {
            return workflowStart.start(processKey, variables);
        }
        finally
        {
            signOut();
        }
    }

    /** The open task with this definition key in the process, or {@code null}. */
    public Task task(ProcessInstance process, String taskKey)
    {
        return tasks().createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(taskKey).singleResult();
    }

    public List<Task> openTasks(ProcessInstance process)
    {
        return tasks().createTaskQuery().processInstanceId(process.getId()).orderByTaskCreateTime().asc().list();
    }

    /**
     * Claims (when unassigned) and completes the task as {@code user}, the way Alfresco's {@code endTask} does it: the
     * form's values are task-local variables, so only what the listeners copy reaches the process.
     */
    public void complete(Task task, String user, Map<String, ?> variables)
    {
        signIn(user);
        try
        {
            if (task.getAssignee() == null)
            {
                tasks().claim(task.getId(), user);
            }
            tasks().complete(task.getId(), new HashMap<>(variables), true);
        }
        finally
        {
            signOut();
        }
    }

    /**
     * Signs {@code user} in on this thread as a request to Alfresco would ({@link SignedInStandIn}), and makes them
     * Activiti's thread-local user too; for tests that call the engine's services themselves.
     */
    public void signIn(String user)
    {
        signedIn.signIn(user);
        Authentication.setAuthenticatedUserId(user);
    }

    public void signOut()
    {
        signedIn.signOut();
        Authentication.setAuthenticatedUserId(null);
    }

    /** Who is signed in on each thread and the test users' groups: what the module asks Alfresco through its Caller port. */
    public SignedInStandIn signedIn() { return signedIn; }

    /** The case-record reference of a challenge's process. */
    public String challengeRef(ProcessInstance process)
    {
        return (String) history().createHistoricVariableInstanceQuery().processInstanceId(process.getId())
                .variableName("pcwf_challengeRef").excludeTaskVariables().singleResult().getValue();
    }

    public Object variable(ProcessInstance process, String name)
    {
        var variable = history().createHistoricVariableInstanceQuery().processInstanceId(process.getId())
                .variableName(name).excludeTaskVariables().singleResult();
        return variable == null ? null : variable.getValue();
    }

    /** Who started the process as Alfresco records it: the {@code initiator} person's user name. */
    public String initiator(ProcessInstance process)
    {
        return variable(process, WorkflowStartStandIn.INITIATOR) instanceof RepositoryNode person ? person.name() : null;
    }

    /** The process's {@code bpm_package} node reference, or {@code null}. */
    public String workflowPackage(ProcessInstance process)
    {
        return variable(process, WorkflowStartStandIn.WORKFLOW_PACKAGE) instanceof RepositoryNode node ? node.getNodeRef().toString() : null;
    }

    /** Whether Alfresco would list the start task as in progress ({@code ActivitiTypeConverter.isStartTaskActive}). */
    public boolean startTaskInProgress(ProcessInstance process)
    {
        return variable(process, WorkflowStartStandIn.START_TASK_COMPLETED) == null;
    }

    public boolean hasEnded(ProcessInstance process)
    {
        return runtime().createProcessInstanceQuery().processInstanceId(process.getId()).count() == 0;
    }

    public void setTime(Instant now)
    {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(now));
    }

    public Instant now()
    {
        return engine.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
    }

    /** Moves the engine clock and runs every timer due by then, earliest first; returns how many fired. */
    public int advanceTo(Instant when)
    {
        setTime(when);
        int fired = 0;
        List<Job> due;
        while (!(due = management().createJobQuery().timers().executable().orderByJobDuedate().asc().list()).isEmpty())
        {
            for (Job job : due)
            {
                management().executeJob(job.getId());
                fired++;
            }
        }
        return fired;
    }

    /** Timers waiting in the engine, due or not. */
    public List<Job> pendingTimers()
    {
        return management().createJobQuery().timers().orderByJobDuedate().asc().list();
    }

    public EscalationPolicy policy() { return policy; }
    public InMemoryCaseRecord caseRecord() { return caseRecord; }
    public RecordedNotices notices() { return notices; }
    public ProcessEngine processEngine() { return engine; }
    public RuntimeService runtime() { return engine.getRuntimeService(); }
    public TaskService tasks() { return engine.getTaskService(); }
    public HistoryService history() { return engine.getHistoryService(); }
    public ManagementService management() { return engine.getManagementService(); }
    public RepositoryService repository() { return engine.getRepositoryService(); }

    @Override
    public void close()
    {
        engine.close();
    }

    public static final class Builder
    {
        private final Map<String, String> settings = new HashMap<>();
        private Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        private boolean keepDatabase;
        private InMemoryCaseRecord caseRecord = new InMemoryCaseRecord();
        private RecordedNotices notices = new RecordedNotices();

        private Builder()
        {
        }

        /** Overrides one {@code practicechallenge.*} setting of the module defaults. */
        public Builder setting(String key, String value)
        {
            settings.put(key, value);
            return this;
        }

        /** The engine clock's starting time; by default the real time, so dates near today are accepted. */
        public Builder startingAt(Instant start)
        {
            this.start = start;
            return this;
        }

        /** Reuses the database left by an earlier engine instead of recreating it (restart tests). */
        public Builder keepingDatabase()
        {
            this.keepDatabase = true;
            return this;
        }

        /** Shares a case record with an earlier engine (restart tests). */
        public Builder recordingTo(InMemoryCaseRecord caseRecord, RecordedNotices notices)
        {
            this.caseRecord = caseRecord;
            this.notices = notices;
            return this;
        }

        public PracticeChallengeEngine build()
        {
            return new PracticeChallengeEngine(this);
        }
    }
}
