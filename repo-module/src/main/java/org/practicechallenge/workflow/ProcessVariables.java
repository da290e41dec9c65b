package org.practicechallenge.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Objects;

import org.activiti.engine.delegate.VariableScope;
import org.practicechallenge.protocol.ProtocolViolation;

/**
 * Typed access to process and task variables. Alfresco hands over {@link Date}s and Booleans from forms; tests and
 * other callers may use ISO strings. Anything else is a violation naming the variable.
 */
final class ProcessVariables
{
    private final VariableScope scope;
    private final ZoneId zone;

    ProcessVariables(VariableScope scope, ZoneId zone)
    {
        this.scope = scope;
        this.zone = zone;
    }

    Object raw(String name)
    {
        return scope.getVariable(name);
    }

    String text(String name)
    {
        Object value = raw(name);
        if (value == null)
        {
            return null;
        }
        if (value instanceof String text)
        {
            return text;
        }
        throw violation(name, "must be text, not " + value.getClass().getSimpleName());
    }

    Boolean flag(String name)
    {
        Object value = raw(name);
        if (value == null || value instanceof Boolean)
        {
            return (Boolean) value;
        }
        if ("true".equals(value) || "false".equals(value))
        {
            return Boolean.valueOf((String) value);
        }
        throw violation(name, "must be true or false");
    }

    /**
     * A day. Alfresco hands a {@code d:date} variable to the engine as a {@link Date} (the form processor's
     * ActivitiPropertyConverter, and ProcessesImpl parsing an ISO string on the REST start); callers may also give a
     * {@link LocalDate} or a string that is wholly an ISO date ({@code 2026-08-20}) or an ISO date-time with an offset
     * ({@code 2026-08-20T10:00:00+01:00}, {@code ...Z}), read in the partnership's zone. Nothing is cut off or guessed.
     */
    LocalDate date(String name)
    {
        Object value = raw(name);
        if (value == null || value instanceof LocalDate)
        {
            return (LocalDate) value;
        }
        if (value instanceof Date date)
        {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof String text && !text.isBlank())
        {
            return parseDate(name, text.strip());
        }
        throw violation(name, "must be a date such as 2026-03-31");
    }

    private LocalDate parseDate(String name, String text)
    {
        try
        {
            return text.length() == 10 ? LocalDate.parse(text)
                    : OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
        }
        catch (DateTimeParseException notADate)
        {
            throw violation(name, "'" + shortened(text) + "' is not a date such as 2026-03-31");
        }
    }

    /** A refusal quotes what was given, but not a whole pasted paragraph. */
    private static String shortened(String text)
    {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    Instant instant(String name)
    {
        Object value = raw(name);
        if (value == null)
        {
            return null;
        }
        if (value instanceof Date date)
        {
            return date.toInstant();
        }
        throw violation(name, "must be a date and time");
    }

    /** Writes only a change: every write costs a row update and, with full history, a history row. */
    void set(String name, Object value)
    {
        Object stored = stored(value);
        Object current = scope.getVariable(name);
        // An absent flag already reads as false.
        boolean unchanged = Objects.equals(current, stored) || (current == null && Boolean.FALSE.equals(stored));
        if (!unchanged)
        {
            scope.setVariable(name, stored);
        }
    }

    void remove(String name)
    {
        scope.removeVariable(name);
    }

    /** Dates are kept as {@link Date} so that Alfresco's forms and queries understand them. */
    private Object stored(Object value)
    {
        if (value instanceof LocalDate day)
        {
            return Date.from(day.atStartOfDay(zone).toInstant());
        }
        if (value instanceof Instant instant)
        {
            return Date.from(instant);
        }
        return value;
    }

    private static ProtocolViolation violation(String variable, String rule)
    {
        return new ProtocolViolation(variable, rule);
    }
}
