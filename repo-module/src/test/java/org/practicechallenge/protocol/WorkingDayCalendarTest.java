package org.practicechallenge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest
{
    /** A fixed holiday list keeps these tests about counting, not about the holiday library. */
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(Set.of(LocalDate.of(2026, 8, 31))::contains);

    @Test
    void tenWorkingDaysSkipWeekendsAndTheSummerBankHoliday()
    {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 8, 24), new WorkingDays(10))).isEqualTo(LocalDate.of(2026, 9, 8));
    }

    @Test
    void countingStartsTheDayAfterTheEventEvenAtAWeekend()
    {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 8, 22), new WorkingDays(1))).isEqualTo(LocalDate.of(2026, 8, 24));
    }

    @Test
    void zeroWorkingDaysIsTheSameDay()
    {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 8, 29), new WorkingDays(0))).isEqualTo(LocalDate.of(2026, 8, 29));
    }

    @Test
    void subtractingStepsBackOverTheBankHolidayWeekend()
    {
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2026, 9, 1), new WorkingDays(1))).isEqualTo(LocalDate.of(2026, 8, 28));
    }

    @Test
    void workingDaysBetweenCountsTheEndButNotTheStart()
    {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 8, 24), LocalDate.of(2026, 9, 8))).isEqualTo(10);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 8, 24))).isZero();
    }

    @Test
    void workingDaysBetweenAgreesWithCountingDayByDayAcrossYears()
    {
        LocalDate start = LocalDate.of(2025, 11, 3);
        for (int span = 0; span < 500; span += 7)
        {
            LocalDate end = start.plusDays(span);
            int dayByDay = 0;
            for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1))
            {
                dayByDay += calendar.isWorkingDay(d) ? 1 : 0;
            }
            assertThat(calendar.workingDaysBetween(start, end)).as("%s to %s", start, end).isEqualTo(dayByDay);
        }
    }

    @Test
    void firstWorkingDayOnOrAfterABankHolidayIsTheNextDay()
    {
        assertThat(calendar.onOrAfter(LocalDate.of(2026, 8, 29))).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 1))).isTrue();
    }
}
