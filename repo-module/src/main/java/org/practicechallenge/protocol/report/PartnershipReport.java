package org.practicechallenge.protocol.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.Coded;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.WorkingDayCalendar;

/**
 * What the partnership learns from its challenges over a period: how many, how far they went, who raised them
 * against whom, about what, how they ended and how many working days the resolved ones took.
 *
 * <p>Built in one pass by a {@link Tally}: fixed counters indexed by the protocol's enums, one counter per agency
 * seen, and a histogram of working days, so the cost grows linearly with the number of challenges and the median
 * needs no sort. Stages, kinds, categories and resolutions are always all present (zero when none), so a
 * spreadsheet built on the CSV keeps its columns; agencies are the ones that appear, by code.
 *
 * <p>"Working days to resolve" counts resolved challenges only (a withdrawal is not a resolution), from the
 * day raised to the day closed in the partnership's time zone, with {@link WorkingDayCalendar#workingDaysBetween}.
 */
public final class PartnershipReport
{
    private final int total;
    private final Map<String, Integer> byStageReached;
    private final Map<String, Integer> byRaisingAgency;
    private final Map<String, Integer> byRespondingAgency;
    private final Map<String, Integer> byCategory;
    private final Map<String, Integer> byKind;
    private final Map<String, Integer> byResolution;
    private final ResolutionTime workingDaysToResolve;

    private PartnershipReport(Tally tally)
    {
        total = tally.total;
        byStageReached = codes(Stage.values(), tally.stages);
        byRaisingAgency = agencies(tally.raising);
        byRespondingAgency = agencies(tally.responding);
        byCategory = codes(IssueCategory.values(), tally.categories);
        byKind = codes(ChallengeKind.values(), tally.kinds);
        byResolution = codes(ChallengeStatus.values(), tally.resolutions);
        workingDaysToResolve = tally.resolutionTime();
    }

    /** The report over {@code challenges} raised in {@code period} that involve an agency in {@code scope}. */
    public static PartnershipReport of(Iterable<ChallengeSummary> challenges, ReportPeriod period, AgencyScope scope,
            WorkingDayCalendar calendar, ZoneId zone)
    {
        Tally tally = tally(period, scope, calendar, zone);
        for (ChallengeSummary challenge : challenges)
        {
            tally.add(challenge);
        }
        return tally.report();
    }

    /** Counts challenges one at a time, for callers that stream them from storage. */
    public static Tally tally(ReportPeriod period, AgencyScope scope, WorkingDayCalendar calendar, ZoneId zone)
    {
        return new Tally(period, scope, calendar, zone);
    }

    public int total()
    {
        return total;
    }

    /** Stage code to count, in protocol order. */
    public Map<String, Integer> byStageReached()
    {
        return byStageReached;
    }

    /** Agency code to count, by code. */
    public Map<String, Integer> byRaisingAgency()
    {
        return byRaisingAgency;
    }

    /** Agency code to count, by code. */
    public Map<String, Integer> byRespondingAgency()
    {
        return byRespondingAgency;
    }

    /** Issue category code to count, in protocol order. */
    public Map<String, Integer> byCategory()
    {
        return byCategory;
    }

    /** Challenge kind code to count. */
    public Map<String, Integer> byKind()
    {
        return byKind;
    }

    /** {@code open}, {@code resolved} and {@code withdrawn} to count. */
    public Map<String, Integer> byResolution()
    {
        return byResolution;
    }

    public ResolutionTime workingDaysToResolve()
    {
        return workingDaysToResolve;
    }

    private static <E extends Enum<E> & Coded> Map<String, Integer> codes(E[] values, int[] counts)
    {
        Map<String, Integer> byCode = new LinkedHashMap<>();
        for (E value : values)
        {
            byCode.put(value.code(), counts[value.ordinal()]);
        }
        return Collections.unmodifiableMap(byCode);
    }

    private static Map<String, Integer> agencies(Map<String, int[]> counts)
    {
        Map<String, Integer> byCode = new LinkedHashMap<>();
        new TreeMap<>(counts).forEach((code, count) -> byCode.put(code, count[0]));
        return Collections.unmodifiableMap(byCode);
    }

    /**
     * Working days the resolved challenges took. Mean is rounded to two decimals; the median of an even number of
     * challenges is the mean of the middle two. Mean, median and max are {@code null} when nothing was resolved.
     */
    public record ResolutionTime(int count, Double mean, Double median, Integer max)
    {
    }

    /** Single-pass accumulator behind {@link PartnershipReport}; not thread-safe. */
    public static final class Tally
    {
        private final ReportPeriod period;
        private final AgencyScope scope;
        private final WorkingDayCalendar calendar;
        private final ZoneId zone;

        private int total;
        private final int[] stages = new int[Stage.values().length];
        private final int[] categories = new int[IssueCategory.values().length];
        private final int[] kinds = new int[ChallengeKind.values().length];
        private final int[] resolutions = new int[ChallengeStatus.values().length];
        private final Map<String, int[]> raising = new HashMap<>();
        private final Map<String, int[]> responding = new HashMap<>();
        private int[] daysHistogram = new int[64];
        private int resolvedCount;
        private long resolvedDaysSum;
        private int resolvedDaysMax;

        private Tally(ReportPeriod period, AgencyScope scope, WorkingDayCalendar calendar, ZoneId zone)
        {
            this.period = period;
            this.scope = scope;
            this.calendar = calendar;
            this.zone = zone;
        }

        /** Counts the challenge if it was raised in the period and involves an agency in scope. */
        public Tally add(ChallengeSummary challenge)
        {
            if (!period.includes(challenge.raisedAt()) || !scope.covers(challenge))
            {
                return this;
            }
            total++;
            stages[challenge.stage().ordinal()]++;
            kinds[challenge.kind().ordinal()]++;
            resolutions[challenge.status().ordinal()]++;
            if (challenge.issueCategory() != null)
            {
                categories[challenge.issueCategory().ordinal()]++;
            }
            count(raising, challenge.raisingAgency());
            count(responding, challenge.respondingAgency());
            if (challenge.status() == ChallengeStatus.RESOLVED && challenge.closedAt() != null)
            {
                resolved(calendar.workingDaysBetween(LocalDate.ofInstant(challenge.raisedAt(), zone),
                        LocalDate.ofInstant(challenge.closedAt(), zone)));
            }
            return this;
        }

        public PartnershipReport report()
        {
            return new PartnershipReport(this);
        }

        private static void count(Map<String, int[]> counts, String agency)
        {
            if (agency != null)
            {
                counts.computeIfAbsent(agency, code -> new int[1])[0]++;
            }
        }

        private void resolved(int days)
        {
            if (days >= daysHistogram.length)
            {
                daysHistogram = Arrays.copyOf(daysHistogram, Math.max(days + 1, daysHistogram.length * 2));
            }
            daysHistogram[days]++;
            resolvedCount++;
            resolvedDaysSum += days;
            resolvedDaysMax = Math.max(resolvedDaysMax, days);
        }

        private ResolutionTime resolutionTime()
        {
            if (resolvedCount == 0)
            {
                return new ResolutionTime(0, null, null, null);
            }
            double mean = Math.round(resolvedDaysSum * 100.0 / resolvedCount) / 100.0;
            int lower = daysAtPosition((resolvedCount - 1) / 2);
            int upper = resolvedCount % 2 == 1 ? lower : daysAtPosition(resolvedCount / 2);
            return new ResolutionTime(resolvedCount, mean, (lower + upper) / 2.0, resolvedDaysMax);
        }

        /** The working days of the challenge at this zero-based position in ascending order. */
        private int daysAtPosition(int position)
        {
            int seen = 0;
            for (int days = 0; days <= resolvedDaysMax; days++)
            {
                seen += daysHistogram[days];
                if (seen > position)
                {
                    return days;
                }
            }
            return resolvedDaysMax;
        }
    }
}
