package org.practicechallenge.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.practicechallenge.calendar.EnglandAndWalesBankHolidays;
import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.WorkingDayCalendar;
import org.practicechallenge.protocol.report.AgencyScope;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.protocol.report.ChallengeFilter;
import org.practicechallenge.protocol.report.EscalationList;
import org.practicechallenge.protocol.report.Paging;
import org.practicechallenge.protocol.report.PartnershipReport;
import org.practicechallenge.protocol.report.ReportPeriod;

/**
 * The partnership report and the directors' list over a partnership's history: time per call and, with the GC
 * profiler, bytes allocated per call, at 10 000 and 100 000 challenges.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark
{
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String[] AGENCIES = {"socialCare", "police", "health", "education", "safeguardingUnit"};

    @Param({"10000", "100000"})
    public int challenges;

    private List<ChallengeSummary> history;
    private WorkingDayCalendar calendar;

    @Setup
    public void generateHistory()
    {
        calendar = new WorkingDayCalendar(new EnglandAndWalesBankHolidays());
        history = history(challenges, new Random(42));
    }

    @Benchmark
    public PartnershipReport partnershipReport()
    {
        return PartnershipReport.of(history, ReportPeriod.always(), AgencyScope.allAgencies(), calendar, LONDON);
    }

    @Benchmark
    public EscalationList directorsList()
    {
        return EscalationList.of(history, ChallengeFilter.none(), AgencyScope.allAgencies(), c -> true,
                new Paging(0, 50), LocalDate.of(2026, 11, 22), LONDON);
    }

    static List<ChallengeSummary> history(int n, Random random)
    {
        List<ChallengeSummary> rows = new ArrayList<>(n);
        Instant first = Instant.parse("2020-01-06T09:00:00Z");
        for (int i = 0; i < n; i++)
        {
            Instant raised = first.plusSeconds(random.nextInt(6 * 365) * 86_400L);
            Stage stage = Stage.values()[Math.min(random.nextInt(10), 4) == 4 && random.nextBoolean() ? 4 : random.nextInt(4)];
            ChallengeStatus status = random.nextInt(5) == 0 ? ChallengeStatus.OPEN
                    : random.nextInt(6) == 0 ? ChallengeStatus.WITHDRAWN : ChallengeStatus.RESOLVED;
            Instant closed = status.isClosed() ? raised.plusSeconds((1 + random.nextInt(60)) * 86_400L) : null;
            String raising = AGENCIES[random.nextInt(AGENCIES.length)];
            String responding = AGENCIES[(List.of(AGENCIES).indexOf(raising) + 1 + random.nextInt(AGENCIES.length - 1)) % AGENCIES.length];
            boolean conference = raising.equals("safeguardingUnit");
            rows.add(new ChallengeSummary("workspace://SpacesStore/c" + i, "PC-" + i, "workspace://SpacesStore/f" + (i / 3),
                    "C" + (i / 3), "Child " + (i / 3),
                    conference ? ChallengeKind.CONFERENCE_CHALLENGE : ChallengeKind.PROFESSIONAL_DIFFERENCE,
                    stage, Stage.STAGE_1, status, raising, responding,
                    conference ? IssueCategory.REPORT_BELOW_STANDARD : IssueCategory.ASSESSMENT,
                    raised, closed, raised.atZone(LONDON).toLocalDate().plusDays(14), status == ChallengeStatus.OPEN && random.nextBoolean()));
        }
        return rows;
    }
}
