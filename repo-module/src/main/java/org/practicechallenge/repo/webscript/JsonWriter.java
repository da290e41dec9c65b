package org.practicechallenge.repo.webscript;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Our web scripts' JSON, streamed straight to the response through Jackson's generator (ACS ships jackson-core), so
 * a 100 000-row answer never becomes a tree in memory. A fluent face over {@link JsonGenerator} for the few calls
 * the scripts make.
 *
 * <p>Besides what JSON requires, {@code < > &} and U+2028/U+2029 are written as {@code \\uXXXX}: the text is child
 * protection data typed by people, and Share may drop it into HTML or script.</p>
 */
public final class JsonWriter
{
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final CharacterEscapes MARKUP_SAFE = new MarkupSafe();

    private final JsonGenerator json;

    public JsonWriter(Writer out)
    {
        try
        {
            json = FACTORY.createGenerator(out);
        }
        catch (IOException e)
        {
            throw new IllegalStateException("Jackson could not write to the response", e);
        }
        // The response is the web script's to close, not the generator's.
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setCharacterEscapes(MARKUP_SAFE);
    }

    public JsonWriter beginObject() throws IOException
    {
        json.writeStartObject();
        return this;
    }

    public JsonWriter endObject() throws IOException
    {
        json.writeEndObject();
        return this;
    }

    public JsonWriter beginArray() throws IOException
    {
        json.writeStartArray();
        return this;
    }

    public JsonWriter endArray() throws IOException
    {
        json.writeEndArray();
        return this;
    }

    public JsonWriter name(String name) throws IOException
    {
        json.writeFieldName(name);
        return this;
    }

    public JsonWriter value(String value) throws IOException
    {
        json.writeString(value);
        return this;
    }

    public JsonWriter value(long value) throws IOException
    {
        json.writeNumber(value);
        return this;
    }

    public JsonWriter value(boolean value) throws IOException
    {
        json.writeBoolean(value);
        return this;
    }

    /** A decimal written plainly ({@code 7.5}, {@code 10}), or {@code null}. */
    public JsonWriter value(Double value) throws IOException
    {
        if (value == null || value.isNaN() || value.isInfinite())
        {
            return nullValue();
        }
        json.writeNumber(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
        return this;
    }

    public JsonWriter value(Integer value) throws IOException
    {
        return value == null ? nullValue() : value(value.longValue());
    }

    public JsonWriter nullValue() throws IOException
    {
        json.writeNull();
        return this;
    }

    /** Writes what is buffered through to the response. */
    public JsonWriter flush() throws IOException
    {
        json.flush();
        return this;
    }

    /** JSON's own escapes, plus the characters that matter when the text lands in HTML or a script. */
    private static final class MarkupSafe extends CharacterEscapes
    {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        MarkupSafe()
        {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii()
        {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch)
        {
            return ch == '\u2028' || ch == '\u2029' ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
