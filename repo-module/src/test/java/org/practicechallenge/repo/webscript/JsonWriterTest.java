package org.practicechallenge.repo.webscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** The web scripts' JSON as Jackson's generator writes it, with the escapes that keep typed text out of HTML. */
class JsonWriterTest
{
    @Test
    void objectsAndArraysAreSeparatedByCommasAtEveryDepth() throws IOException
    {
        StringWriter out = new StringWriter();

        new JsonWriter(out).beginObject()
                .name("a").value(1L)
                .name("b").beginArray().value("x").beginObject().endObject().beginArray().endArray().value(true).endArray()
                .name("c").beginObject().name("d").nullValue().name("e").value(2.5).endObject()
                .endObject().flush();

        assertThat(out).hasToString("{\"a\":1,\"b\":[\"x\",{},[],true],\"c\":{\"d\":null,\"e\":2.5}}");
    }

    @Test
    void textTypedByPeopleCannotBreakOutOfTheStringOrIntoHtml() throws IOException
    {
        StringWriter out = new StringWriter();

        new JsonWriter(out).value("He said \"no\"\\ </script><b>&\n\t\u0001\u2028").flush();

        assertThat(out).hasToString("\"He said \\\"no\\\"\\\\ \\u003C/script\\u003E\\u003Cb\\u003E\\u0026\\n\\t\\u0001\\u2028\"");
    }

    @Test
    void decimalsArePlainAndMissingNumbersAreNull() throws IOException
    {
        StringWriter out = new StringWriter();

        new JsonWriter(out).beginArray().value(10.0).value(1.33).value((Double) null).value((Integer) null)
                .value(Double.NaN).value((String) null).endArray().flush();

        assertThat(out).hasToString("[10,1.33,null,null,null,null]");
    }
}
