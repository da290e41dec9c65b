package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The challenge page's FreeMarker template, rendered by FreeMarker on the controller's model. */
class ChallengePageTemplateTest
{
    private static String page(int status, String body)
    {
        return SampleChallenge.render(SampleChallenge.model(SampleChallenge.repository(status, body), Map.of()));
    }

    @Test
    void drawsTheIssueAgenciesPeopleStageAndDueDateWithItsBasis()
    {
        String html = page(200, SampleChallenge.threeEntries(true));

        assertThat(html).contains(">Practice challenge PC-2026-0007</h1>")
            .contains("Conference challenge &middot; Open")
            .contains("<dd>Safeguarding Unit</dd>").contains("<dd>Health</dd>")
            .contains("<dd>Report not submitted in time</dd>")
            .contains("Cara Chair, <time datetime=\"2026-10-02T09:15:00.000Z\" data-pc-time=\"day\">2 Oct 2026</time>")
            .contains("<dd>Stage 2</dd>")
            .contains("Alex Smith (C123)")
            .contains("<dd>Lou Lead, 1 Oct 2026</dd>");
        String due = between(html, "-due\">", "</dd>");
        assertThat(due).startsWith("By 20 Oct 2026 <span class=\"pc-badge pc-overdue\">Overdue</span>")
            .contains("This stage began on <time datetime=\"2026-10-13T10:05:00.000Z\" data-pc-time=\"day\">13 Oct 2026</time>.")
            .contains("working days").contains("pc-overdue\">Overdue");
        assertThat(html).contains("One task was answered after its due date");
    }

    @Test
    void drawsEveryEntryOldestFirstWithFactsAndOpinionInSeparateBlocks()
    {
        String html = page(200, SampleChallenge.threeEntries(true));

        assertThat(entryKinds(html)).containsExactly("raised", "lateness", "decision");
        String decision = html.substring(html.indexOf("data-kind=\"decision\""));
        String facts = between(decision, "<div class=\"pc-block pc-facts\">", "</div>");
        String opinion = between(decision, "<div class=\"pc-block pc-opinion\">", "</div>");
        assertThat(facts).contains("<h4>Facts</h4>").contains("Health said the report").doesNotContain("The delay");
        assertThat(opinion).contains("<h4>Professional opinion</h4>").contains("The delay is not explained").doesNotContain("Health said");
        assertThat(decision).contains("Recorded by Cara Chair (Safeguarding Unit)").contains("Discussion: Telephone call")
            .contains("<dd>Escalated to the next stage</dd>").contains("<dd>Health to resend the report by 16 Oct 2026.</dd>")
            .contains("data-pc-time=\"dayTime\">13 Oct 2026</time>");
        // Text from the record is escaped, never interpreted.
        assertThat(facts).contains("&lt;b&gt;No copy&lt;/b&gt;").doesNotContain("<b>No copy</b>");
        assertThat(html).contains("<li class=\"pc-entry pc-entry-late\" data-kind=\"lateness\">");
    }

    @Test
    void showsNoCodeAndNoNodeRef()
    {
        String html = page(200, SampleChallenge.threeEntries(true));
        String shown = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]*>", " ");

        assertThat(shown).doesNotContain("workspace://", "SpacesStore", "stage2", "safeguardingUnit", "reportNotSubmittedInTime",
            "conferenceChallenge", "escalate", "telephone ", "cara.chair");
    }

    @Test
    void hasThePrintButtonThePdfLinkAndTheDiagram()
    {
        String html = page(200, SampleChallenge.threeEntries(true));

        assertThat(html).contains("<button type=\"button\" class=\"pc-print\" id=\"" + SampleChallenge.HTML_ID + "-print\">Print</button>")
            .contains("href=\"/share/proxy/alfresco/practicechallenge/challenges/workspace/SpacesStore/challenge-0007/record.pdf\">Download PDF</a>")
            .contains("src=\"/share/proxy/alfresco/practicechallenge/challenges/workspace/SpacesStore/challenge-0007/diagram\"")
            .contains("alt=\"Diagram of the practice challenge process; current stage: Stage 2\"")
            .contains(SampleChallenge.text("diagram.open"))
            .contains("new PracticeChallenge.ChallengePage(\"" + SampleChallenge.HTML_ID + "\")");
    }

    @Test
    void aCaseFolderTheReaderMayNotOpenNamesNoChild()
    {
        String html = page(200, SampleChallenge.threeEntries(false));

        assertThat(between(html, "-child\">", "</dd>")).contains(SampleChallenge.text("child.notOpen"));
        assertThat(html).doesNotContain("C123").doesNotContain("Alex").doesNotContain("folder-details");
    }

    @Test
    void aRefusalShowsOnlyThatTheChallengeIsNotOpen()
    {
        String html = page(403, "{\"status\":{\"code\":403}}");

        assertThat(html).contains("<h1>This challenge is not open to you</h1>")
            .doesNotContain("PC-2026-0007").doesNotContain("Print").doesNotContain("record.pdf").doesNotContain("new PracticeChallenge");
    }

    @Test
    void aNodeThatIsNotAChallengeSaysSo()
    {
        String html = page(404, "{\"status\":{\"code\":404}}");

        assertThat(html).contains(SampleChallenge.text("error.title")).contains(SampleChallenge.text("error.notFound"));
    }

    @Test
    void aChallengeWithNoEntriesSaysNothingIsRecordedYet()
    {
        String html = page(200, SampleChallenge.history(true));

        assertThat(html).contains(SampleChallenge.text("record.empty")).doesNotContain("pc-entries");
    }

    /** The data-kind of each entry drawn, in order. */
    static List<String> entryKinds(String html)
    {
        List<String> kinds = new ArrayList<>();
        Matcher entry = Pattern.compile("<li class=\"pc-entry[^\"]*\" data-kind=\"([^\"]*)\"").matcher(html);
        while (entry.find())
        {
            kinds.add(entry.group(1));
        }
        return kinds;
    }

    private static String between(String text, String start, String end)
    {
        int from = text.indexOf(start);
        assertThat(from).as("%s in the page", start).isGreaterThanOrEqualTo(0);
        int to = text.indexOf(end, from + start.length());
        return text.substring(from + start.length(), to);
    }
}
