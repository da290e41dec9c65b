package org.practicechallenge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlainTextTest
{
    @ParameterizedTest
    @ValueSource(strings = {"<b>bold</b>", "<script>x</script>", "click javascript:alert(1)", "&#60;script", "a\u0000b"})
    void markupScriptAndControlCharactersAreRefused(String text)
    {
        assertThatThrownBy(() -> PlainText.required("facts", text, 100)).isInstanceOf(ProtocolViolation.class)
                .hasMessageStartingWith("facts: contains");
    }

    @Test
    void comparisonsAndLineBreaksAreFine()
    {
        assertThat(PlainText.required("facts", " Visits < 2 per week\nand > none ", 100)).isEqualTo("Visits < 2 per week\nand > none");
    }

    @Test
    void blankOptionalTextIsAbsent()
    {
        assertThat(PlainText.optional("agreedActions", "   ", 100)).isNull();
    }
}
