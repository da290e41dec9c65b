package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashlet's client widget in headless Chromium, on a static page built from the real template, script
 * and style with the controller's model for sample repository answers. Filters are set through the page's
 * query string. Skipped when Chromium is not installed (Debian package "chromium").
 */
class EscalationsClientTest
{
    static final Path PAGE_DIR = Paths.get("target/dashlet-page").toAbsolutePath();
    static final Path SCREENSHOTS = Paths.get(System.getProperty("practicechallenge.screenshots", "target/screenshots")).toAbsolutePath();

    static HeadlessChromium chromium;
    static Path withChallenges;
    static Path withoutChallenges;
    static Path refused;
    static Path caseNotOpen;

    @BeforeAll
    static void buildPages() throws IOException
    {
        chromium = HeadlessChromium.find();
        assumeTrue(chromium != null, "Chromium not found at " + System.getProperty("practicechallenge.chromium", "/usr/bin/chromium")
            + " or on the PATH; install Debian's chromium package to run the dashlet in a browser");
        copyTree(ModuleFiles.STATIC_RESOURCES.resolve("practice-challenge-share"), PAGE_DIR.resolve("res/practice-challenge-share"));
        withChallenges = page("escalations.html", SampleRepository.answering(SampleRepository.THREE_ESCALATIONS));
        withoutChallenges = page("escalations-empty.html", SampleRepository.answering(SampleRepository.NO_ESCALATIONS));
        caseNotOpen = page("escalations-case-not-open.html", SampleRepository.answering(SampleRepository.CASE_NOT_OPEN));
        refused = page("escalations-refused.html", new DashletHarness.FakeRemote()
            .answer(SampleRepository.ESCALATIONS, 403, SampleRepository.FORBIDDEN)
            .answer(SampleRepository.REPORT, 200, SampleRepository.REPORT_JSON));
    }

    @Test
    void drawsEveryEscalatedChallengeAndBothChartsAndKeepsAScreenshot() throws Exception
    {
        String dom = dumpDom(withChallenges, "");

        assertThat(rows(dom)).containsExactly("stage3", "stage2", "practiceReviewGroup");
        // The charts exist only once the widget has run: five stages, then every agency in the report.
        assertThat(count(dom, "class=\"pc-bar-row\"")).isEqualTo(5 + 6);
        assertThat(dom).contains("data-code=\"practiceReviewGroup\"").contains("data-code=\"youthJustice\"");
        assertThat(dom).contains(DashletHarness.text("chart.raisedBy"));

        Path screenshot = SCREENSHOTS.resolve("escalations-dashlet.png");
        Files.createDirectories(SCREENSHOTS);
        Files.deleteIfExists(screenshot);
        chromium.run(List.of("--screenshot=" + screenshot, "--window-size=900,1100", "--hide-scrollbars", url(withChallenges, "")));
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(5_000L);
    }

    @Test
    void showsOnlyTheChallengesAtTheStageChosen() throws Exception
    {
        String dom = dumpDom(withChallenges, "?pcStage=stage3");

        assertThat(rows(dom)).containsExactly("stage3");
        assertThat(dom).contains(DashletHarness.text("summary.count").replace("{0}", "1"));
    }

    @Test
    void showsOnlyTheOverdueChallengesOrThoseOfOneAgency() throws Exception
    {
        assertThat(rows(dumpDom(withChallenges, "?pcOverdue=true"))).containsExactly("stage2");
        assertThat(rows(dumpDom(withChallenges, "?pcOverdue=false"))).containsExactly("stage3", "practiceReviewGroup");
        // An agency matches on either side of the challenge.
        assertThat(rows(dumpDom(withChallenges, "?pcAgency=socialCare"))).containsExactly("stage3");
        assertThat(rows(dumpDom(withChallenges, "?pcAgency=health&pcStage=stage2"))).containsExactly("stage2");
    }

    @Test
    void saysWhatTheDashletShowsWhenNoChallengeMatchesTheFilters() throws Exception
    {
        String dom = dumpDom(withChallenges, "?pcStage=stage4");

        assertThat(rows(dom)).isEmpty();
        assertThat(dom).contains("<div class=\"pc-empty\"").contains("class=\"pc-table hidden\"");
        assertThat(dom).contains(DashletHarness.text("empty.title"));
    }

    @Test
    void saysWhatTheDashletShowsWhenThereAreNoEscalations() throws Exception
    {
        String dom = dumpDom(withoutChallenges, "");

        assertThat(rows(dom)).isEmpty();
        assertThat(dom).contains("<div class=\"pc-empty\"");
        assertThat(count(dom, "class=\"pc-bar-row\"")).isEqualTo(5 + 6);
    }

    @Test
    void aRefusalLeavesTheErrorAndTheChartsAndNoTable() throws Exception
    {
        String dom = dumpDom(refused, "");

        assertThat(dom).contains("role=\"alert\"").contains(DashletHarness.text("error.status.403"));
        assertThat(dom).doesNotContain("<table");
        assertThat(count(dom, "class=\"pc-bar-row\"")).isEqualTo(5 + 6);
    }

    @Test
    void aRowRedrawnInTheBrowserStillSaysTheCaseIsNotOpenToTheReader() throws Exception
    {
        // Choosing a stage redraws the rows in the browser, through the widget rather than the template.
        String dom = dumpDom(caseNotOpen, "?pcStage=stage4");

        assertThat(rows(dom)).containsExactly("stage4");
        assertThat(dom).contains("class=\"pc-case-not-open\"").contains(DashletHarness.text("case.notOpen"))
            .doesNotContain("nodeRef=workspace%3A%2F%2FSpacesStore%2Fcase-C999").doesNotContain(">null<");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Path page(String name, DashletHarness.FakeRemote remote) throws IOException
    {
        Map<String, Object> model = DashletHarness.runController(remote, Map.of());
        String dashlet = DashletHarness.renderDashlet(model, PAGE_DIR.toUri().toString().replaceAll("/$", ""));
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Escalated challenges</title>\n"
            + "<style>body{font-family:sans-serif;font-size:13px;margin:16px;background:#fff}"
            + ".dashlet{width:840px;border:1px solid #ccc}.dashlet .title{font-weight:bold;padding:6px 8px;background:#f0f0f0}</style>\n"
            + "</head><body>\n" + dashlet + "\n</body></html>\n";
        Path file = PAGE_DIR.resolve(name);
        Files.createDirectories(PAGE_DIR);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private static String url(Path page, String query)
    {
        return page.toUri() + query;
    }

    private static String dumpDom(Path page, String query) throws Exception
    {
        return chromium.run(List.of("--dump-dom", url(page, query)));
    }

    /** The data-stage of every row the widget drew, in order. */
    private static List<String> rows(String dom)
    {
        Matcher tbody = Pattern.compile("(?s)<tbody id=\"[^\"]*-rows\">(.*?)</tbody>").matcher(dom);
        List<String> stages = new ArrayList<>();
        if (tbody.find())
        {
            Matcher row = Pattern.compile("<tr class=\"pc-row[^\"]*\" data-stage=\"([^\"]*)\"").matcher(tbody.group(1));
            while (row.find())
            {
                stages.add(row.group(1));
            }
        }
        return stages;
    }

    private static int count(String text, String part)
    {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1))
        {
            count++;
        }
        return count;
    }

    private static void copyTree(Path from, Path to) throws IOException
    {
        try (Stream<Path> files = Files.walk(from))
        {
            for (Path source : (Iterable<Path>) files::iterator)
            {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source))
                {
                    Files.createDirectories(target);
                }
                else
                {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
