package org.practicechallenge.benchmarks;

import java.util.concurrent.TimeUnit;

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
 * Complete challenges per second on the real engine (see {@link ChallengeLadder}): {@code product} runs the shipped
 * BPMN with our delegates; {@code bare} runs the same topology without them. Each trial (JMH fork) starts on a new,
 * empty database of its own and drops it afterwards; {@link BenchmarkReport} runs product and bare trials in turn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LifecycleBenchmark
{
    @Param({"h2", "postgresql"})
    public String database;

    @Param({"product", "bare"})
    public String variant;

    @Param({"resolvedAtStage1", "fullLadder"})
    public String path;

    private TrialDatabase trialDatabase;
    private PracticeChallengeEngine engine;
    private ChallengeLadder ladder;
    private int sequence;

    @Setup(Level.Trial)
    public void buildEngine()
    {
        trialDatabase = TrialDatabase.fresh(database);
        trialDatabase.pointEngineHere(false);
        engine = PracticeChallengeEngine.builder().startingAt(PracticeChallengeEngine.MONDAY_24_AUGUST_2026).build();
        engine.repository().createDeployment().addString("bare-topology.bpmn20.xml", BareTopology.bpmn()).deploy();
        ladder = new ChallengeLadder(engine, variant, path);
        long executions = trialDatabase.rows("ACT_RU_EXECUTION");
        long processes = trialDatabase.rows("ACT_HI_PROCINST");
        System.out.printf("%nTrial database %s: ACT_RU_EXECUTION %d rows, ACT_HI_PROCINST %d rows before the trial%n",
                trialDatabase.name(), executions, processes);
        if (executions + processes != 0)
        {
            throw new IllegalStateException("trial database " + trialDatabase.name() + " is not empty");
        }
    }

    @TearDown(Level.Trial)
    public void closeEngine()
    {
        engine.close();
        trialDatabase.close();
        System.out.printf("%nTrial database %s: %d challenges run, dropped%n", trialDatabase.name(), sequence);
    }

    @Benchmark
    public boolean completeChallenge()
    {
        return ladder.climb(sequence++);
    }
}
