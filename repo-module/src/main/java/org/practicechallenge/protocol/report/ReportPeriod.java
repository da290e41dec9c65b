package org.practicechallenge.protocol.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.practicechallenge.protocol.ProtocolViolation;

/**
 * The days on which a challenge was raised for it to count, both ends included and either end open. Days are the
 * partnership's calendar days, so the bounds are worked out once as instants in its time zone and each row is
 * compared without creating any date.
 */
public final class ReportPeriod
{
    private static final ReportPeriod ALWAYS = new ReportPeriod(null, null, null, null);

    private final LocalDate from;
    private final LocalDate to;
    private final Instant start;
    private final Instant endExclusive;

    private ReportPeriod(LocalDate from, LocalDate to, Instant start, Instant endExclusive)
    {
        this.from = from;
        this.to = to;
        this.start = start;
        this.endExclusive = endExclusive;
    }

    public static ReportPeriod always()
    {
        return ALWAYS;
    }

    /** Raised on or after {@code from} and on or before {@code to}; a {@code null} end is open. */
    public static ReportPeriod between(LocalDate from, LocalDate to, ZoneId zone)
    {
        if (from != null && to != null && from.isAfter(to))
        {
            throw new ProtocolViolation("from", from + " is after to " + to);
        }
        if (from == null && to == null)
        {
            return ALWAYS;
        }
        return new ReportPeriod(from, to,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public boolean includes(Instant raisedAt)
    {
        return (start == null || !raisedAt.isBefore(start)) && (endExclusive == null || raisedAt.isBefore(endExclusive));
    }

    /** The first moment of the period in the partnership's zone, or {@code null} when it has no start. */
    public Instant start()
    {
        return start;
    }

    /** The first moment after the period, or {@code null} when it has no end. */
    public Instant endExclusive()
    {
        return endExclusive;
    }

    /** The first day, or {@code null} when the period has no start. */
    public LocalDate from()
    {
        return from;
    }

    /** The last day, or {@code null} when the period has no end. */
    public LocalDate to()
    {
        return to;
    }

    @Override
    public String toString()
    {
        return "ReportPeriod[" + (from == null ? "" : from) + ".." + (to == null ? "" : to) + "]";
    }
}
