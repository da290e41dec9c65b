package org.practicechallenge.repo;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Alfresco keeps {@code d:date} and {@code d:datetime} as {@link Date}. A {@code d:date} is the start of that day in
 * the partnership's time zone, so a day written here is read back as the same day.
 */
public final class NodeValues
{
    private NodeValues()
    {
    }

    public static Date date(LocalDate day, ZoneId zone)
    {
        return day == null ? null : Date.from(day.atStartOfDay(zone).toInstant());
    }

    public static Date dateTime(Instant moment)
    {
        return moment == null ? null : Date.from(moment);
    }

    public static LocalDate day(Serializable value, ZoneId zone)
    {
        return value instanceof Date date ? date.toInstant().atZone(zone).toLocalDate() : null;
    }

    public static Instant instant(Serializable value)
    {
        return value instanceof Date date ? date.toInstant() : null;
    }

    public static String text(Serializable value)
    {
        return value == null ? null : value.toString();
    }

    public static boolean flag(Serializable value)
    {
        return Boolean.TRUE.equals(value);
    }
}
