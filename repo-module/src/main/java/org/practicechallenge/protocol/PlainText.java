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

    /**
     * What a browser, mail client or report viewer would run or render: a whole tag of an HTML element ({@code <b>}, {@code </p>},
     * {@code <img src=x>}), the opening of a tag that runs or loads something even when left unclosed, a comment,
     * declaration or processing instruction, a script URL, an event handler attribute, a numeric character reference.
     * A lone {@code <} or {@code >} between words ("attendance was <half of sessions", "a<b", "risk > 3") is prose.
     */
    private static final Pattern MARKUP = Pattern.compile(String.join("|",
            "</?(?:a|abbr|b|big|blockquote|br|button|center|code|details|dialog|div|em|font|form|h[1-6]|head|hr|html|i|input"
                    + "|keygen|label|li|marquee|noscript|ol|option|p|plaintext|pre|q|s|select|small|span|strike|strong|sub|summary"
                    + "|sup|table|tbody|td|template|textarea|tfoot|th|thead|title|tr|tt|u|ul|xmp)\\b[^<>]*>",
            "</?(?:script|iframe|frame|img|svg|math|object|embed|style|link|meta|base|body|video|audio)[\\s/>]",
            "<!--|<!\\[cdata\\[|<![a-z]|<\\?[a-z]",
            "(?:java|vb)\\s*script\\s*:|data\\s*:\\s*text/html",
            "\\bon(?:abort|blur|change|click|contextmenu|dblclick|drag[a-z]*|drop|error|focus[a-z]*|input|invalid|key[a-z]+"
                    + "|load[a-z]*|mouse[a-z]+|pointer[a-z]+|reset|resize|scroll|select|submit|toggle|touch[a-z]+|unload|wheel"
                    + "|animation[a-z]+|transition[a-z]+|begin|end|show|copy|cut|paste|message|pageshow|hashchange|beforeunload)\\s*=",
            "&#[0-9x]"), Pattern.CASE_INSENSITIVE);
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
            throw new ProtocolViolation(field, "must be text");
        }
        String text = ((String) value).strip();
        if (text.isEmpty())
        {
            return null;
        }
        if (text.length() > maxLength)
        {
            throw new ProtocolViolation(field, "must be at most " + maxLength + " characters; it is " + text.length());
        }
        if (CONTROL.matcher(text).find())
        {
            throw new ProtocolViolation(field, "must be plain text without control characters");
        }
        if (MARKUP.matcher(text).find())
        {
            throw new ProtocolViolation(field, "must be plain text without markup or script");
        }
        return text;
    }
}
