package org.practicechallenge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlainTextTest
{
    @ParameterizedTest
    @ValueSource(strings = {"<b>bold</b>", "</p>", "<br/>", "<script>x</script>", "see <script src=//evil.example",
            "<img src=x onerror=alert(1)>", "<IMG SRC=x", "<svg/onload=alert(1)", "<a href=\"https://example.org\">report</a>",
            "<!-- hidden -->", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "click javascript:alert(1)", "JavaScript :alert(1)",
            "vbscript:msgbox", "data:text/html,<b>", "x\" onmouseover=\"alert(1)", "onerror = alert(1)", "&#60;script", "&#x3c;script"})
    void markupAndScriptAreRefused(String text)
    {
        assertThatThrownBy(() -> PlainText.required("facts", text, 100)).isInstanceOf(ProtocolViolation.class)
                .hasMessage("facts: must be plain text without markup or script");
    }

    @Test
    void controlCharactersAreRefused()
    {
        assertThatThrownBy(() -> PlainText.required("facts", "a\u0000b", 100))
                .hasMessage("facts: must be plain text without control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"attendance was <half of sessions", "risk > 3 incidents", "a<b", "a < b and c > d",
            "Visits < 2 per week\nand > none", "x<y, y>z", "<3 visits", "scores 4<5>3", "B&Q; R&D", "the onset = 3 days ago",
            "we spoke on 25 August; script for the meeting attached", "the 'on' button = broken", "if x<a then"})
    void proseThatComparesIsPlainText(String text)
    {
        assertThat(PlainText.required("facts", " " + text + " ", 100)).isEqualTo(text);
    }

    @Test
    void blankOptionalTextIsAbsent()
    {
        assertThat(PlainText.optional("agreedActions", "   ", 100)).isNull();
    }
}
