package org.practicechallenge.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with warm-up and repeated measurement, then prints the figures the targets are about
 * (and writes them as Markdown to the path given): lifecycle throughput with the product against the bare topology
 * and their ratio (target 0.8 or better), report cost at 10 000 and 100 000 challenges (target under a second at
 * 100 000, growing linearly), and due dates per second (target one million or more).
 */
public final class BenchmarkReport
{
    private final StringBuilder out = new StringBuilder();

    public static void main(String[] args) throws RunnerException, IOException
    {
        BenchmarkReport report = new BenchmarkReport();
        report.lifecycle();
        // -Dpc.bench.only=lifecycle leaves the rest out, for the lifecycle's long runs.
        if (!"lifecycle".equals(System.getProperty("pc.bench.only")))
        {
            report.reports();
            report.workingDays();
        }
        System.out.println(report.out);
        if (args.length > 0)
        {
            Files.writeString(Path.of(args[0]), report.out);
        }
    }

    /**
     * Trials of one JMH fork each, every one on a new database: per round, for each database and path, a product trial
     * and a bare trial back to back (which goes first alternates by round), so slow spells of a shared machine fall on
     * both. The ratio is taken within each round, then averaged. Then the rows each variant writes per challenge.
     */
    private void lifecycle() throws RunnerException
    {
        int trials = Integer.getInteger("pc.bench.trials", 5);
        int warmups = Integer.getInteger("pc.bench.warmups", 3);
        int iterations = Integer.getInteger("pc.bench.iterations", 5);
        String wanted = System.getProperty("pc.bench.databases", "h2,postgresql");
        boolean postgresql = wanted.contains("postgresql") && TrialDatabase.postgresqlAnswers();
        String[] databases = postgresql ? wanted.split(",") : new String[] {"h2"};
        String[] paths = {"resolvedAtStage1", "fullLadder"};
        String loadBefore = loadAverage();
        Map<String, TrialSeries> figures = new TreeMap<>();
        for (int round = 0; round < trials; round++)
        {
            for (String database : databases)
            {
                for (String path : paths)
                {
                    String[] order = round % 2 == 0 ? new String[] {"product", "bare"} : new String[] {"bare", "product"};
                    Map<String, Double> score = new TreeMap<>();
                    for (String variant : order)
                    {
                        score.put(variant, trial(database, variant, path, warmups, iterations));
                        series(figures, database, path, variant).add(score.get(variant));
                    }
                    series(figures, database, path, "ratio").add(score.get("product") / score.get("bare"));
                }
            }
        }
        line("## Challenge lifecycle (complete challenges per second)");
        line(String.format(Locale.ROOT, "%s; load average (/proc/loadavg) %s before, %s after. %d rounds; per round and database and path, one "
                + "product trial and one bare trial back to back (order alternating), each a JMH fork on a new, empty database "
                + "(%d warm-up iterations of 2 s, %d measured of 3 s). Figures: mean over the trials ± half-width of the 95 %% "
                + "confidence interval of that mean (Student's t over the trials), as a share of the mean in brackets. Ratio: "
                + "product over bare within each round, then the same statistics. Rows: per challenge, left in the tables after "
                + "%d challenges ended, and rows written (inserted + updated + deleted), counted apart from the timing.",
                LocalDate.now(), loadBefore, loadAverage(), trials, warmups, iterations, RowsPerChallenge.CHALLENGES));
        if (!postgresql && wanted.contains("postgresql"))
        {
            line("PostgreSQL did not answer at " + TrialDatabase.POSTGRESQL_ADMIN_URL + "; H2 only.");
        }
        line("");
        line("| database | path | variant | per second | ratio to bare | runtime rows left | history rows left | "
                + "identity links (runtime inserted + history left) | byte arrays left | rows written |");
        line("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Map<String, RowsPerChallenge> counts = new TreeMap<>();
        boolean wide = false;
        for (String database : databases)
        {
            for (String path : paths)
            {
                for (String variant : new String[] {"product", "bare"})
                {
                    RowsPerChallenge rows = RowsPerChallenge.count(database, variant, path);
                    counts.put(database + " " + path + " " + variant, rows);
                    TrialSeries speed = series(figures, database, path, variant);
                    TrialSeries ratio = series(figures, database, path, "ratio");
                    // One trial gives no error bar (NaN), which counts as too wide.
                    wide |= !(speed.relativeError() <= 0.1 && ratio.relativeError() <= 0.1);
                    line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.1f | %.1f | %.1f + %.1f | %.1f | %.1f |",
                            database, path, variant, speed.text(1), variant.equals("product") ? ratio.text(2) : "",
                            rows.left("ACT_RU_"), rows.left("ACT_HI_"), rows.inserted("ACT_RU_IDENTITYLINK"),
                            rows.left("ACT_HI_IDENTITYLINK"), rows.left("ACT_GE_BYTEARRAY"), rows.written()));
                }
            }
        }
        line("");
        line(wide ? "**An error bar is over 10 % of its mean (or missing, with one trial): run more trials (-Dpc.bench.trials) on "
                + "a quieter machine.**"
                : "Every error bar is within 10 % of its mean.");
        line("");
        line("Per trial (challenges per second, in trial order):");
        line("");
        figures.forEach((key, series) -> line("- " + key + ": " + series.trials(key.endsWith("ratio") ? 2 : 1)));
        for (String database : databases)
        {
            rowsByTable(database, paths, counts);
        }
    }

    /** Per Activiti table: rows inserted / updated / deleted, then left, per challenge, for each path and variant. */
    private void rowsByTable(String database, String[] paths, Map<String, RowsPerChallenge> counts)
    {
        line("");
        line("Rows per challenge on " + database + ", by table: inserted / updated / deleted, then left after the end.");
        line("");
        StringBuilder header = new StringBuilder("| table |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (String path : paths)
        {
            for (String variant : new String[] {"product", "bare"})
            {
                header.append(' ').append(path).append(' ').append(variant).append(" |");
                rule.append(" ---: |");
            }
        }
        line(header.toString());
        line(rule.toString());
        Set<String> tables = new TreeSet<>();
        counts.forEach((key, rows) -> rows.tables().forEach((table, c) ->
        {
            if (key.startsWith(database + " ") && (c[0] != 0 || c[1] != 0 || c[2] != 0 || c[3] != 0))
            {
                tables.add(table);
            }
        }));
        for (String table : tables)
        {
            StringBuilder row = new StringBuilder("| " + table + " |");
            for (String path : paths)
            {
                for (String variant : new String[] {"product", "bare"})
                {
                    double[] c = counts.get(database + " " + path + " " + variant).tables().getOrDefault(table, new double[4]);
                    row.append(String.format(Locale.ROOT, " %.1f / %.1f / %.1f, %.1f |", c[1], c[2], c[3], c[0]));
                }
            }
            line(row.toString());
        }
    }

    private static TrialSeries series(Map<String, TrialSeries> figures, String database, String path, String variant)
    {
        return figures.computeIfAbsent(database + " " + path + " " + variant, key -> new TrialSeries());
    }

    /** One fork of the lifecycle benchmark for one database, variant and path: its mean throughput. */
    private static double trial(String database, String variant, String path, int warmups, int iterations) throws RunnerException
    {
        Collection<RunResult> results = new Runner(options(LifecycleBenchmark.class, warmups, iterations)
                .param("database", database).param("variant", variant).param("path", path).build()).run();
        return results.iterator().next().getPrimaryResult().getScore();
    }

    private static String loadAverage()
    {
        try
        {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        }
        catch (IOException | RuntimeException unreadable)
        {
            return "unknown";
        }
    }

    private void reports() throws RunnerException
    {
        Collection<RunResult> results = new Runner(options(ReportBenchmark.class, 3, 5).addProfiler(GCProfiler.class).build()).run();
        line("");
        line("## Partnership report and directors' list");
        line("| benchmark | challenges | ms per call | MB allocated per call | growth 10k to 100k |");
        line("| --- | ---: | ---: | ---: | ---: |");
        for (String benchmark : new String[] {"partnershipReport", "directorsList"})
        {
            double small = 0;
            for (String n : new String[] {"10000", "100000"})
            {
                RunResult result = find(results, benchmark, "challenges", n);
                double ms = result.getPrimaryResult().getScore();
                Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
                double mb = alloc == null ? Double.NaN : alloc.getScore() / 1_000_000d;
                String growth = n.equals("10000") ? "" : String.format(Locale.ROOT, "x%.1f", ms / small);
                small = n.equals("10000") ? ms : small;
                line(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %s |", benchmark, n, ms, mb, growth));
            }
        }
    }

    private void workingDays() throws RunnerException
    {
        Collection<RunResult> results = new Runner(options(WorkingDayBenchmark.class, 3, 5).build()).run();
        line("");
        line("## Working-day due dates");
        line(String.format(Locale.ROOT, "%,.0f due dates (10 working days) per second",
                results.iterator().next().getPrimaryResult().getScore()));
    }

    private static ChainedOptionsBuilder options(Class<?> benchmark, int warmups, int measurements)
    {
        return new OptionsBuilder().include(benchmark.getName() + "\\.").forks(1)
                .warmupIterations(warmups).warmupTime(TimeValue.seconds(2))
                .measurementIterations(measurements).measurementTime(TimeValue.seconds(3))
                .jvmArgsAppend("-Djava.awt.headless=true");
    }

    private static RunResult find(Collection<RunResult> results, String benchmark, String param, String value)
    {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark)
                && value.equals(r.getParams().getParam(param))).findFirst().orElseThrow();
    }

    private void line(String text)
    {
        out.append(text).append('\n');
    }
}
