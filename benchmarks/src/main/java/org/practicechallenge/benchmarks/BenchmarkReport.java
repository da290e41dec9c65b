package org.practicechallenge.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;

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
        report.reports();
        report.workingDays();
        System.out.println(report.out);
        if (args.length > 0)
        {
            Files.writeString(Path.of(args[0]), report.out);
        }
    }

    private void lifecycle() throws RunnerException
    {
        String databases = LifecycleBenchmark.postgresqlAnswers() ? "h2,postgresql" : "h2";
        line("## Challenge lifecycle (complete challenges per second)");
        if (!databases.contains("postgresql"))
        {
            line("PostgreSQL did not answer at " + LifecycleBenchmark.POSTGRESQL_URL + "; H2 only.");
        }
        Collection<RunResult> results = new Runner(options(LifecycleBenchmark.class, 5, 5)
                .param("database", databases.split(",")).build()).run();
        line("| database | path | product | bare topology | ratio |");
        line("| --- | --- | ---: | ---: | ---: |");
        for (String database : databases.split(","))
        {
            for (String path : new String[] {"resolvedAtStage1", "fullLadder"})
            {
                double product = score(results, "database", database, "path", path, "variant", "product");
                double bare = score(results, "database", database, "path", path, "variant", "bare");
                line(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.2f |", database, path, product, bare, product / bare));
            }
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

    private static double score(Collection<RunResult> results, String... params)
    {
        for (RunResult result : results)
        {
            boolean matches = true;
            for (int i = 0; i < params.length; i += 2)
            {
                matches &= params[i + 1].equals(result.getParams().getParam(params[i]));
            }
            if (matches)
            {
                return result.getPrimaryResult().getScore();
            }
        }
        return Double.NaN;
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
