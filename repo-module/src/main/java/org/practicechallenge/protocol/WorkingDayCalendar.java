package org.practicechallenge.protocol;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Counts working days: Monday to Friday, skipping bank holidays. Each year's working days are worked out once
 * and kept, because due dates are computed for every stage and every report row.
 */
public final class WorkingDayCalendar
{
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2299;

    private final BankHolidays bankHolidays;
    private final AtomicReferenceArray<boolean[]> years = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);
    private final AtomicReferenceArray<int[]> runningTotals = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

    public WorkingDayCalendar(BankHolidays bankHolidays)
    {
        this.bankHolidays = bankHolidays;
    }

    public boolean isWorkingDay(LocalDate date)
    {
        return workingDaysOf(date.getYear())[date.getDayOfYear() - 1];
    }

    /** The date {@code days} working days after {@code from}; {@code from} itself is not counted. */
    public LocalDate addWorkingDays(LocalDate from, WorkingDays days)
    {
        LocalDate date = from;
        int remaining = days.count();
        while (remaining > 0)
        {
            date = date.plusDays(1);
            if (isWorkingDay(date))
            {
                remaining--;
            }
        }
        return date;
    }

    /** The date {@code days} working days before {@code from}. */
    public LocalDate subtractWorkingDays(LocalDate from, WorkingDays days)
    {
        LocalDate date = from;
        int remaining = days.count();
        while (remaining > 0)
        {
            date = date.minusDays(1);
            if (isWorkingDay(date))
            {
                remaining--;
            }
        }
        return date;
    }

    /** The first working day on or after {@code date}. */
    public LocalDate onOrAfter(LocalDate date)
    {
        LocalDate day = date;
        while (!isWorkingDay(day))
        {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Working days from {@code from} (exclusive) to {@code to} (inclusive); zero when {@code to} is not later.
     * Counted from each year's running totals, so a report over 100 000 challenges allocates nothing per day.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to)
    {
        if (!to.isAfter(from))
        {
            return 0;
        }
        int count = runningTotal(to) - runningTotal(from);
        for (int year = from.getYear(); year < to.getYear(); year++)
        {
            count += totalsOf(year)[totalsOf(year).length - 1];
        }
        return count;
    }

    /** Working days from 1 January up to and including {@code date}. */
    private int runningTotal(LocalDate date)
    {
        return totalsOf(date.getYear())[date.getDayOfYear() - 1];
    }

    private int[] totalsOf(int year)
    {
        int[] totals = runningTotals.get(year - FIRST_YEAR);
        if (totals == null)
        {
            boolean[] days = workingDaysOf(year);
            totals = new int[days.length];
            int sum = 0;
            for (int i = 0; i < days.length; i++)
            {
                sum += days[i] ? 1 : 0;
                totals[i] = sum;
            }
            runningTotals.compareAndSet(year - FIRST_YEAR, null, totals);
        }
        return totals;
    }

    private boolean[] workingDaysOf(int year)
    {
        if (year < FIRST_YEAR || year > LAST_YEAR)
        {
            throw new ProtocolViolation("date", "year " + year + " is outside " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        boolean[] days = years.get(year - FIRST_YEAR);
        if (days == null)
        {
            days = computeYear(year);
            years.compareAndSet(year - FIRST_YEAR, null, days);
        }
        return days;
    }

    private boolean[] computeYear(int year)
    {
        LocalDate first = LocalDate.of(year, 1, 1);
        boolean[] days = new boolean[first.lengthOfYear()];
        for (int i = 0; i < days.length; i++)
        {
            LocalDate day = first.plusDays(i);
            DayOfWeek weekday = day.getDayOfWeek();
            days[i] = weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !bankHolidays.isBankHoliday(day);
        }
        return days;
    }
}
