package org.practicechallenge.benchmarks;

import java.util.Map;
import java.util.TreeMap;

import org.practicechallenge.workflow.PracticeChallengeEngine;

/**
 * Rows per challenge, by Activiti table, for one database, variant and path: those left in the table after the
 * challenges ended (history stays, runtime should not) and those written on the way (inserted, updated, deleted,
 * counted by {@link RowTally}). Counted on a new database, apart from the timed trials, over {@link #CHALLENGES}
 * challenges after the engine is built and both processes deployed.
 */
final class RowsPerChallenge
{
    static final int CHALLENGES = 20;

    /** Per table: rows left, inserted, updated, deleted, each per challenge. */
    private final Map<String, double[]> tables = new TreeMap<>();

    static RowsPerChallenge count(String database, String variant, String path)
    {
        RowsPerChallenge rows = new RowsPerChallenge();
        try (TrialDatabase trial = TrialDatabase.fresh(database))
        {
            trial.pointEngineHere(true);
            try (PracticeChallengeEngine engine = PracticeChallengeEngine.builder()
                    .startingAt(PracticeChallengeEngine.MONDAY_24_AUGUST_2026).build())
            {
                engine.repository().createDeployment().addString("bare-topology.bpmn20.xml", BareTopology.bpmn()).deploy();
                ChallengeLadder ladder = new ChallengeLadder(engine, variant, path);
                Map<String, Long> before = trial.activitiRows();
                RowTally.reset();
                for (int n = 0; n < CHALLENGES; n++)
                {
                    if (!ladder.climb(n))
                    {
                        throw new IllegalStateException(variant + " " + path + " challenge " + n + " did not end");
                    }
                }
                Map<String, long[]> written = RowTally.written();
                trial.activitiRows().forEach((table, after) ->
                {
                    long[] w = written.getOrDefault(table, new long[3]);
                    rows.tables.put(table, new double[] {(after - before.get(table)) / (double) CHALLENGES,
                            w[0] / (double) CHALLENGES, w[1] / (double) CHALLENGES, w[2] / (double) CHALLENGES});
                });
            }
        }
        return rows;
    }

    /** Rows left in the tables whose names start so, per challenge. */
    double left(String prefix)
    {
        return sum(prefix, 0);
    }

    /** Rows inserted, updated and deleted in every table, per challenge. */
    double written()
    {
        return sum("ACT_", 1) + sum("ACT_", 2) + sum("ACT_", 3);
    }

    /** Rows inserted in the tables whose names start so, per challenge. */
    double inserted(String prefix)
    {
        return sum(prefix, 1);
    }

    Map<String, double[]> tables()
    {
        return tables;
    }

    private double sum(String prefix, int column)
    {
        return tables.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToDouble(e -> e.getValue()[column]).sum();
    }
}
