package org.practicechallenge.repo.report;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.alfresco.service.namespace.QName;

/**
 * Reads typed values out of a node's property map. Alfresco hands {@code d:date} and {@code d:datetime} both back
 * as {@link Date}; a {@code d:date} is a day, read in the partnership's time zone.
 */
final class NodeValues
{
    private NodeValues()
    {
    }

    static String text(Map<QName, Serializable> properties, QName name)
    {
        Serializable value = properties.get(name);
        return value == null ? null : value.toString();
    }

    static Instant instant(Map<QName, Serializable> properties, QName name)
    {
        Serializable value = properties.get(name);
        return value instanceof Date date ? date.toInstant() : null;
    }

    static LocalDate day(Map<QName, Serializable> properties, QName name, ZoneId zone)
    {
        Serializable value = properties.get(name);
        return value instanceof Date date ? LocalDate.ofInstant(date.toInstant(), zone) : null;
    }

    static boolean flag(Map<QName, Serializable> properties, QName name)
    {
        return Boolean.TRUE.equals(properties.get(name));
    }
}
