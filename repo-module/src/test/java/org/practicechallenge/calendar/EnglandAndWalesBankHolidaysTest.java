package org.practicechallenge.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglandAndWalesBankHolidaysTest
{
    private final EnglandAndWalesBankHolidays holidays = new EnglandAndWalesBankHolidays();

    @ParameterizedTest(name = "{0} is a bank holiday: {1}")
    @CsvSource({
            "2026-01-01, true",   // New Year's Day
            "2026-04-03, true",   // Good Friday
            "2026-04-06, true",   // Easter Monday
            "2026-05-04, true",   // Early May
            "2026-05-25, true",   // Spring
            "2026-08-31, true",   // Summer
            "2026-12-25, true",   // Christmas Day
            "2026-12-28, true",   // Boxing Day falls on Saturday: substitute Monday
            "2026-12-26, false",  // the Saturday itself is not a working-day holiday
            "2026-03-17, false",  // St Patrick's Day is Northern Ireland only
            "2026-11-30, false",  // St Andrew's Day is Scotland only
            "2027-01-04, false"})
    void englandAndWalesBankHolidaysIncludingSubstituteDays(LocalDate date, boolean bankHoliday)
    {
        assertThat(holidays.isBankHoliday(date)).isEqualTo(bankHoliday);
    }
}
