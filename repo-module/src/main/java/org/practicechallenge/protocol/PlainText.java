package org.practicechallenge.protocol;

import java.util.regex.Pattern;

/**
 * Rules for free text that goes on a child's case record: plain text of a sensible length. Markup is refused
 * rather than stored, because entries are shown in Share, mail and reports where it could run as script.
 */
public final class PlainText
{
    public static final int SHORT = 255;
    public static final int SUMMARY = 4000;
    public static final int ACCOUNT = 20000;

    private static final Pattern MARKUP = Pattern.compile("<\\s*[A-Za-z!/?]|javascript:|&#", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private PlainText()
    {
    }

    /** The trimmed text, or a violation naming the field when it is missing, too long or not plain text. */
    public static String required(String field, Object value, int maxLength)
    {
        String text = optional(field, value, maxLength);
        if (text == null)
        {
            throw new ProtocolViolation(field, "is required");
        }
        return text;
    }

    /** The trimmed text, {@code null} when blank, or a violation when too long or not plain text. */
    public static String optional(String field, Object value, int maxLength)
    {
        if (value == null)
        {
            return null;
        }
        if (!(value instanceof String))
        {
            throw new ProtocolViolation(field, "must be text, not " + value.getClass().getSimpleName());
        }
        String text = ((String) value).strip();
        if (text.isEmpty())
        {
            return null;
        }
        if (text.length() > maxLength)
        {
            throw new ProtocolViolation(field, "is " + text.length() + " characters; the limit is " + maxLength);
        }
        if (CONTROL.matcher(text).find())
        {
            throw new ProtocolViolation(field, "contains control characters; only plain text is recorded");
        }
        if (MARKUP.matcher(text).find())
        {
            throw new ProtocolViolation(field, "contains markup or script; only plain text is recorded");
        }
        return text;
    }
}
