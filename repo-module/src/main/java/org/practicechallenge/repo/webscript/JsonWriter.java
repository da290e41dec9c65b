package org.practicechallenge.repo.webscript;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A small streaming JSON writer: our web scripts write straight to the response, so a 100 000-row answer never
 * becomes a tree in memory, and tests read plain strings.
 *
 * <p>Besides what JSON requires, it escapes {@code < > &} and U+2028/U+2029 as {@code \\uXXXX}:
 * the text is child protection data typed by people, and Share may drop it into HTML or script.
 */
public final class JsonWriter
{
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Writer out;
    /** For each open object or array: whether it already has a member (so the next one needs a comma). */
    private boolean[] hasMember = new boolean[8];
    private int depth;
    private boolean afterName;

    public JsonWriter(Writer out)
    {
        this.out = out;
    }

    public JsonWriter beginObject() throws IOException
    {
        return open('{');
    }

    public JsonWriter endObject() throws IOException
    {
        return close('}');
    }

    public JsonWriter beginArray() throws IOException
    {
        return open('[');
    }

    public JsonWriter endArray() throws IOException
    {
        return close(']');
    }

    public JsonWriter name(String name) throws IOException
    {
        separate();
        string(name);
        out.write(':');
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) throws IOException
    {
        if (value == null)
        {
            return nullValue();
        }
        separate();
        string(value);
        return this;
    }

    public JsonWriter value(long value) throws IOException
    {
        separate();
        out.write(Long.toString(value));
        return this;
    }

    public JsonWriter value(boolean value) throws IOException
    {
        separate();
        out.write(value ? "true" : "false");
        return this;
    }

    /** A decimal written plainly ({@code 7.5}, {@code 10}), or {@code null}. */
    public JsonWriter value(Double value) throws IOException
    {
        if (value == null || value.isNaN() || value.isInfinite())
        {
            return nullValue();
        }
        separate();
        out.write(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
        return this;
    }

    public JsonWriter value(Integer value) throws IOException
    {
        return value == null ? nullValue() : value(value.longValue());
    }

    public JsonWriter nullValue() throws IOException
    {
        separate();
        out.write("null");
        return this;
    }

    public JsonWriter flush() throws IOException
    {
        out.flush();
        return this;
    }

    private JsonWriter open(char bracket) throws IOException
    {
        separate();
        out.write(bracket);
        if (depth == hasMember.length)
        {
            hasMember = Arrays.copyOf(hasMember, depth * 2);
        }
        hasMember[depth++] = false;
        return this;
    }

    private JsonWriter close(char bracket) throws IOException
    {
        if (depth == 0)
        {
            throw new IllegalStateException("nothing to close with " + bracket);
        }
        depth--;
        out.write(bracket);
        return this;
    }

    private void separate() throws IOException
    {
        if (afterName)
        {
            afterName = false;
            return;
        }
        if (depth > 0)
        {
            if (hasMember[depth - 1])
            {
                out.write(',');
            }
            hasMember[depth - 1] = true;
        }
    }

    private void string(String text) throws IOException
    {
        out.write('"');
        int start = 0;
        for (int i = 0; i < text.length(); i++)
        {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null)
            {
                out.write(text, start, i - start);
                out.write(escape);
                start = i + 1;
            }
        }
        out.write(text, start, text.length() - start);
        out.write('"');
    }

    private static String escape(char c)
    {
        switch (c)
        {
            case '"':
                return "\\\"";
            case '\\':
                return "\\\\";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case '\b':
                return "\\b";
            case '\f':
                return "\\f";
            default:
                if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029')
                {
                    return "\\u" + HEX[c >> 12 & 0xF] + HEX[c >> 8 & 0xF] + HEX[c >> 4 & 0xF] + HEX[c & 0xF];
                }
                return null;
        }
    }
}
