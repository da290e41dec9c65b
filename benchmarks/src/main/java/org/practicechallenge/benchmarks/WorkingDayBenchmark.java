package org.practicechallenge.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.practicechallenge.calendar.EnglandAndWalesBankHolidays;
import org.practicechallenge.protocol.WorkingDayCalendar;
import org.practicechallenge.protocol.WorkingDays;

/** Due dates per second: ten working days from a start date that moves through three years of bank holidays. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WorkingDayBenchmark
{
    private static final WorkingDays TEN = new WorkingDays(10);
    private static final int DAYS = 3 * 365;

    private WorkingDayCalendar calendar;
    private LocalDate[] starts;
    private int next;

    @Setup
    public void prepare()
    {
        calendar = new WorkingDayCalendar(new EnglandAndWalesBankHolidays());
        starts = new LocalDate[DAYS];
        for (int i = 0; i < DAYS; i++)
        {
            starts[i] = LocalDate.of(2025, 1, 1).plusDays(i);
        }
    }

    @Benchmark
    public LocalDate dueDate()
    {
        LocalDate start = starts[next];
        next = next + 1 == DAYS ? 0 : next + 1;
        return calendar.addWorkingDays(start, TEN);
    }
}
