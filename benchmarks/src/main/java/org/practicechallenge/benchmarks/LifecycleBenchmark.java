package org.practicechallenge.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.practicechallenge.workflow.PracticeChallengeEngine;

/**
 * Complete challenges per second on the real engine: resolved at Stage 1, and the full ladder Stage 1 to 4 then the
 * Practice Review Group. {@code product} runs the shipped BPMN with our delegates; {@code bare} runs the same topology
 * without them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LifecycleBenchmark
{
    static final String POSTGRESQL_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    @Param({"h2", "postgresql"})
    public String database;

    @Param({"product", "bare"})
    public String variant;

    @Param({"resolvedAtStage1", "fullLadder"})
    public String path;

    private PracticeChallengeEngine engine;
    private int sequence;

    @Setup(Level.Trial)
    public void buildEngine()
    {
        if (database.equals("postgresql"))
        {
            System.setProperty("practicechallenge.test.jdbc.url", POSTGRESQL_URL);
            System.setProperty("practicechallenge.test.jdbc.driver", "org.postgresql.Driver");
            System.setProperty("practicechallenge.test.jdbc.username", "postgres");
        }
        engine = PracticeChallengeEngine.builder().startingAt(PracticeChallengeEngine.MONDAY_24_AUGUST_2026).build();
        engine.repository().createDeployment().addString("bare-topology.bpmn20.xml", BareTopology.bpmn()).deploy();
    }

    @TearDown(Level.Trial)
    public void closeEngine()
    {
        engine.close();
    }

    @Benchmark
    public boolean completeChallenge()
    {
        int n = sequence++;
        ProcessInstance process = variant.equals("product")
                ? engine.startChallenge("raiser", start(n))
                : engine.runtime().startProcessInstanceByKey(BareTopology.PROCESS_KEY, bareStart(n));
        int lastStage = path.equals("fullLadder") ? 4 : 1;
        for (int stage = 1; stage <= lastStage; stage++)
        {
            complete(process, "stage" + stage + "Response", "responder", discussion());
            Map<String, Object> decision = discussion();
            decision.put("pcwf_stageOutcome", stage < lastStage || path.equals("fullLadder") ? "escalate" : "resolved");
            complete(process, "stage" + stage + "Decision", "raiser", decision);
        }
        if (path.equals("fullLadder"))
        {
            Map<String, Object> referral = discussion();
            referral.put("pcwf_referralOutcome", "resolved");
            complete(process, "practiceReviewGroupReferral", "group", referral);
        }
        return engine.hasEnded(process);
    }

    /**
     * The product receives form values as ACS sends them, task-local, and copies what its gateways need; the bare
     * topology has no listener to copy, so its values go straight to the process. Both claim, then complete.
     */
    private void complete(ProcessInstance process, String taskKey, String user, Map<String, Object> values)
    {
        Task task = engine.task(process, taskKey);
        if (variant.equals("product"))
        {
            engine.complete(task, user, values);
        }
        else
        {
            engine.tasks().claim(task.getId(), user);
            engine.tasks().complete(task.getId(), values);
        }
    }

    private static Map<String, Object> start(int n)
    {
        Map<String, Object> v = new HashMap<>();
        v.put("pcwf_challengeKind", "professionalDifference");
        v.put("pcwf_raisingAgency", "health");
        v.put("pcwf_respondingAgency", "socialCare");
        v.put("pcwf_issueCategory", "assessment");
        v.put("pcwf_issueSummary", "Benchmark challenge " + n);
        v.put("pcwf_caseFolder", "workspace://SpacesStore/case-" + n);
        return v;
    }

    /** What the product's delegates would have put in the process for the gateways and timers. */
    private Map<String, Object> bareStart(int n)
    {
        Map<String, Object> v = start(n);
        Date now = new Date(engine.now().toEpochMilli());
        v.put("pcwf_stage", "stage1");
        v.put("pcwf_reminderDate", new Date(now.getTime() + Duration.ofDays(10).toMillis()));
        v.put("pcwf_overdueDate", new Date(now.getTime() + Duration.ofDays(14).toMillis()));
        return v;
    }

    private static Map<String, Object> discussion()
    {
        Map<String, Object> v = new HashMap<>();
        v.put("pcwf_facts", "What was said and seen.");
        v.put("pcwf_opinion", "What the author thinks of it.");
        v.put("pcwf_outcomeSummary", "What was agreed.");
        return v;
    }

    static boolean postgresqlAnswers()
    {
        try (Connection ignored = DriverManager.getConnection(POSTGRESQL_URL, "postgres", ""))
        {
            return true;
        }
        catch (SQLException unreachable)
        {
            return false;
        }
    }
}
