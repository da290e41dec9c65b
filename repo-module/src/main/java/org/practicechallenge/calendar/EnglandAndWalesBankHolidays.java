package org.practicechallenge.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import org.practicechallenge.protocol.BankHolidays;

/**
 * England and Wales bank holidays from Jollyday (calendar UNITED_KINGDOM, subdivision {@code eng}), including
 * substitute days: Boxing Day 2026 falls on a Saturday and is taken on Monday 28 December.
 */
public final class EnglandAndWalesBankHolidays implements BankHolidays
{
    private static final String ENGLAND = "eng";

    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    @Override
    public boolean isBankHoliday(LocalDate date)
    {
        return byYear.computeIfAbsent(date.getYear(), this::daysOff).contains(date);
    }

    // getDate() is the day taken off (the substitute day when the holiday falls at a weekend).
    private Set<LocalDate> daysOff(int year)
    {
        return holidays.getHolidays(Year.of(year), ENGLAND).stream().map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
    }
}
