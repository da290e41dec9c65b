package org.practicechallenge.protocol;

import java.time.LocalDate;

/** The public holidays on which nobody is expected to respond; supplied by a maintained holiday library. */
@FunctionalInterface
public interface BankHolidays
{
    boolean isBankHoliday(LocalDate date);
}
