package org.practicechallenge.repo;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import org.alfresco.service.namespace.QName;

/**
 * The one reader (and writer) of {@code pc:} property values. Alfresco keeps {@code d:date} and {@code d:datetime}
 * both as a {@link Date}, an instant.
 *
 * <p>A {@code d:date} is a day. We write it as midnight UTC, so Alfresco's REST API, which prints dates in UTC,
 * shows the day itself ({@code 2016-04-01T00:00:00.000+0000}). Others write midnight where they are: Share's forms
 * midnight in the server's zone ({@code ISO8601DateFormat.parseDayOnly} with the JVM default), so a day written in
 * London in summer is 23:00 UTC the evening before. We read a {@code d:date} as the day whose noon (UTC) is nearest,
 * which gives the day meant for any midnight between UTC-12 and UTC+12, whoever wrote it.</p>
 */
public final class NodeValues
{
    private static final Duration HALF_A_DAY = Duration.ofHours(12);

    private NodeValues()
    {
    }

    public static Date date(LocalDate day)
    {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static Date dateTime(Instant moment)
    {
        return moment == null ? null : Date.from(moment);
    }

    public static LocalDate day(Serializable value)
    {
        return value instanceof Date date ? LocalDate.ofInstant(date.toInstant().plus(HALF_A_DAY), ZoneOffset.UTC) : null;
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

    public static LocalDate day(Map<QName, Serializable> properties, QName name)
    {
        return day(properties.get(name));
    }

    public static Instant instant(Map<QName, Serializable> properties, QName name)
    {
        return instant(properties.get(name));
    }

    public static String text(Map<QName, Serializable> properties, QName name)
    {
        return text(properties.get(name));
    }

    public static boolean flag(Map<QName, Serializable> properties, QName name)
    {
        return flag(properties.get(name));
    }
}
