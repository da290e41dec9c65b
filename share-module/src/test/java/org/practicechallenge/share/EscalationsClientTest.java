package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashlet in headless Chromium, served over HTTP like Share: the page built from the real template, script and
 * style with the controller's model, and Share's proxy to the repository answered by a stand-in
 * (SampleRepository.browserRepository) that keeps every request. A script in the page plays the director: it sets
 * filters and clicks as a person would, and writes what the dashlet showed after each step into the page, which
 * Chromium prints. Skipped when Chromium is not installed (Debian package "chromium").
 */
class EscalationsClientTest
{
    static final Path SCREENSHOTS = Paths.get(System.getProperty("practicechallenge.screenshots", "target/screenshots")).toAbsolutePath();

    static HeadlessChromium chromium;
    static DashletServer share;

    @BeforeAll
    static void startShare() throws Exception
    {
        chromium = HeadlessChromium.find();
        assumeTrue(chromium != null, "Chromium not found at " + System.getProperty("practicechallenge.chromium", "/usr/bin/chromium")
            + " or on the PATH; install Debian's chromium package to run the dashlet in a browser");
        share = new DashletServer(SampleRepository::browserRepository);
    }

    @AfterAll
    static void stopShare()
    {
        if (share != null)
        {
            share.close();
        }
    }

    @Test
    void dateRangeAndAgencyGoToTheRepositoryAndTheTableChartsPagingAndExportFollowThem() throws Exception
    {
        Map<String, String> shown = play("filters.html", firstAnswers(), """
            snapshot('initial');
            set('from', '2026-01-01', function() {
              set('to', '2026-03-31', function() {
                set('agency', 'police', function() {
                  snapshot('filtered');
                  click('next', function() {
                    snapshot('next');
                    click('previous', function() {
                      snapshot('previous');
                      download('export', finish);
                    });
                  });
                });
              });
            });
            """);

        assertThat(shown.get("errors")).as("errors in the page").isEmpty();
        assertThat(shown).containsEntry("initial.summary", "1\u201320 of 45").containsEntry("initial.total", "Challenges matching the filters: 14");

        // Each change asked the repository again, list from its first row and report, with every filter set so far.
        List<String> lists = share.calls(SampleRepository.ESCALATIONS);
        assertThat(lists).startsWith(
            "/practicechallenge/escalations?from=2026-01-01&skipCount=0&maxItems=20",
            "/practicechallenge/escalations?from=2026-01-01&to=2026-03-31&skipCount=0&maxItems=20",
            "/practicechallenge/escalations?" + SampleRepository.POLICE_FIRST_QUARTER + "&skipCount=0&maxItems=20");
        assertThat(share.calls(SampleRepository.REPORT)).containsExactly(
            "/practicechallenge/report?format=json&from=2026-01-01",
            "/practicechallenge/report?format=json&from=2026-01-01&to=2026-03-31",
            "/practicechallenge/report?format=json&" + SampleRepository.POLICE_FIRST_QUARTER);

        // The table is the repository's first page for those filters; the charts are its report for them.
        assertThat(shown).containsEntry("filtered.summary", "1\u201320 of 23").containsEntry("filtered.rows", "20")
            .containsEntry("filtered.total", "Challenges matching the filters: 23");
        assertThat(shown.get("filtered.chart-stage")).isEqualTo("stage1:23 stage2:11 stage3:7 stage4:2 practiceReviewGroup:0");
        assertThat(shown.get("initial.chart-stage")).isEqualTo("stage1:6 stage2:4 stage3:2 stage4:1 practiceReviewGroup:1");
        assertThat(shown.get("filtered.chart-agency")).isEqualTo("socialCare:0/15 education:0/4 health:4/0 police:19/4");
        assertThat(shown.get("filtered.chart-issue")).isEqualTo("referralAndThreshold:10 informationSharing:13");
        // Quarters only where the repository's report has them.
        assertThat(shown).containsEntry("initial.quarterShown", "false").containsEntry("filtered.quarterShown", "true")
            .containsEntry("filtered.chart-quarter", "2026-Q1:23/15/9");
        assertThat(shown.get("filtered.chart-labels")).contains("Jan to Mar 2026");
        assertThat(shown.get("filtered.chart-labels")).contains("Sharing information", "Referral and threshold decisions", "Children's Social Care")
            .doesNotContain("informationSharing");
        assertThat(shown.get("filtered.first")).isEqualTo("PC-2026-0101 (link) | C0101 Child 0101 | Stage 2 | Police with Children's Social Care | 5 Jan 2026");

        // A challenge the director may not open: its stage, agencies and dates, no link and no child.
        assertThat(shown.get("filtered.second")).isEqualTo("PC-2026-0102 | Not open to you | Stage 3 | Police with Health | 6 Jan 2026");

        // Paging moves through the repository, with the same filters.
        assertThat(lists).contains("/practicechallenge/escalations?" + SampleRepository.POLICE_FIRST_QUARTER + "&skipCount=20&maxItems=20");
        assertThat(shown).containsEntry("next.summary", "21\u201323 of 23").containsEntry("next.rows", "3")
            .containsEntry("next.previousDisabled", "false").containsEntry("next.nextDisabled", "true")
            .containsEntry("previous.summary", "1\u201320 of 23").containsEntry("previous.previousDisabled", "true")
            .containsEntry("filtered.nextDisabled", "false");

        // Both downloads carry the same filters; the list's is a labelled CSV file.
        assertThat(shown).containsEntry("initial.export", "/share/proxy/alfresco/practicechallenge/escalations?format=csv")
            .containsEntry("filtered.export", "/share/proxy/alfresco/practicechallenge/escalations?format=csv&" + SampleRepository.POLICE_FIRST_QUARTER)
            .containsEntry("filtered.report-export", "/share/proxy/alfresco/practicechallenge/report?format=csv&" + SampleRepository.POLICE_FIRST_QUARTER);
        assertThat(share.calls(SampleRepository.ESCALATIONS)).contains(
            "/practicechallenge/escalations?format=csv&" + SampleRepository.POLICE_FIRST_QUARTER);
        assertThat(shown).containsEntry("download.status", "200")
            .containsEntry("download.disposition", "attachment; filename=\"escalations.csv\"")
            .containsEntry("download.header", "Challenge,Kind,Stage reached,Raised by,Raised with,Practice issue,Raised,Stage due,Overdue");
        assertThat(shown.get("download.type")).startsWith("text/csv");
    }

    @Test
    void everyOtherFilterGoesToTheRepositoryAndARejectedRangeSaysWhyUntilTheFiltersAreCleared() throws Exception
    {
        Map<String, String> shown = play("other-filters.html", firstAnswers(), """
            set('raisingAgency', 'police', function() {
              set('respondingAgency', 'socialCare', function() {
                set('stage', 'stage2', function() {
                  set('overdue', 'true', function() {
                    set('issueCategory', 'informationSharing', function() {
                      set('caseCategory', 'childProtection', function() {
                        set('from', '2026-05-01', function() {
                          set('to', '2026-04-01', function() {
                            snapshot('rejected');
                            click('clear', function() { snapshot('cleared'); finish(); });
                          });
                        });
                      });
                    });
                  });
                });
              });
            });
            """);

        assertThat(shown.get("errors")).as("errors in the page").isEmpty();
        assertThat(share.calls(SampleRepository.REPORT)).contains("/practicechallenge/report?format=json&stage=stage2&raisingAgency=police"
            + "&respondingAgency=socialCare&overdue=true&issueCategory=informationSharing&caseCategory=childProtection");
        assertThat(shown.get("rejected.error")).isEqualTo(DashletHarness.text("error.status.400")
            + " Raised from (2026-05-01) is after raised up to (2026-04-01).");
        assertThat(shown.get("rejected.report-error")).startsWith(DashletHarness.text("report.unavailable"));
        assertThat(shown).containsEntry("cleared.error", "").containsEntry("cleared.summary", "1\u201320 of 45")
            .containsEntry("cleared.export", "/share/proxy/alfresco/practicechallenge/escalations?format=csv")
            .containsEntry("cleared.total", "Challenges matching the filters: 14");
        assertThat(share.calls(SampleRepository.REPORT)).last().isEqualTo("/practicechallenge/report?format=json");
    }

    @Test
    void drawsTheFirstPageAndTheChartsAndKeepsAScreenshot() throws Exception
    {
        String url = share.page("first.html", html(firstAnswers(), ""));
        String dom = chromium.run(List.of("--dump-dom", url));

        assertThat(rows(dom)).hasSize(20);
        // The charts exist only once the widget has run: five stages, every agency in the report, each practice issue.
        assertThat(count(dom, "class=\"pc-bar-row\"")).isEqualTo(5 + 6 + 2);
        assertThat(dom).contains("data-code=\"practiceReviewGroup\"").contains("data-code=\"youthJustice\"")
            .contains(DashletHarness.text("practicechallenge.issueCategory.reportNotSubmittedInTime"));
        assertThat(dom).doesNotContain("narrow the filters");

        Path screenshot = SCREENSHOTS.resolve("escalations-dashlet.png");
        Files.createDirectories(SCREENSHOTS);
        Files.deleteIfExists(screenshot);
        chromium.run(List.of("--screenshot=" + screenshot, "--window-size=1000,1400", "--hide-scrollbars", url));
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(5_000L);
    }

    @Test
    void saysWhatTheDashletShowsWhenThereAreNoEscalations() throws Exception
    {
        String dom = chromium.run(List.of("--dump-dom", share.page("empty.html",
            html(SampleRepository.answering(SampleRepository.NO_ESCALATIONS), ""))));

        assertThat(rows(dom)).isEmpty();
        assertThat(dom).contains("<div class=\"pc-empty\"").contains(DashletHarness.text("empty.title"));
        assertThat(count(dom, "class=\"pc-bar-row\"")).isEqualTo(5 + 6 + 2);
    }

    @Test
    void aRefusalLeavesTheErrorAndTheChartsAndNoTable() throws Exception
    {
        String dom = chromium.run(List.of("--dump-dom", share.page("refused.html", html(new DashletHarness.FakeRemote()
            .answer(SampleRepository.ESCALATIONS, 403, SampleRepository.FORBIDDEN)
            .answer(SampleRepository.REPORT, 200, SampleRepository.REPORT_JSON), ""))));

        assertThat(dom).contains("role=\"alert\"").contains(DashletHarness.text("error.status.403"));
        assertThat(dom).doesNotContain("<table");
        assertThat(count(dom, "class=\"pc-bar-row\"")).isEqualTo(5 + 6 + 2);
    }

    @Test
    void aRowTheWidgetDrawsStillSaysTheCaseIsNotOpenToTheReader() throws Exception
    {
        // The widget redraws the first page from the repository's answer, through the same code as any later page.
        String dom = chromium.run(List.of("--dump-dom", share.page("case-not-open.html",
            html(SampleRepository.answering(SampleRepository.CASE_NOT_OPEN), ""))));

        assertThat(rows(dom)).containsExactly("stage4");
        assertThat(dom).contains("class=\"pc-case-not-open\"").contains(DashletHarness.text("case.notOpen"))
            .contains("href=\"/share/page/practice-challenge?nodeRef=workspace%3A%2F%2FSpacesStore%2Fchallenge-0021\">PC-2026-0021</a>")
            .doesNotContain("nodeRef=workspace%3A%2F%2FSpacesStore%2Fcase-C999").doesNotContain(">null<");
    }

    // ---------------------------------------------------------------------------------------------------------

    /** What the controller is given when the page opens: the stand-in's unfiltered first page and report. */
    private static DashletHarness.FakeRemote firstAnswers()
    {
        return new DashletHarness.FakeRemote()
            .answer(SampleRepository.ESCALATIONS, 200, SampleRepository.browserRepository(SampleRepository.ESCALATIONS + "?skipCount=0&maxItems=20").body())
            .answer(SampleRepository.REPORT, 200, SampleRepository.browserRepository(SampleRepository.REPORT + "?format=json").body());
    }

    /** Serves the page with the director's steps, runs it, and returns what the steps wrote: name=value lines. */
    private static Map<String, String> play(String name, DashletHarness.FakeRemote remote, String steps) throws Exception
    {
        share.proxied.clear();
        String dom = chromium.run(List.of("--dump-dom", share.page(name, html(remote, director(steps)))));
        Matcher log = Pattern.compile("(?s)<pre id=\"pc-test-log\">(.*?)</pre>").matcher(dom);
        assertThat(log.find()).as("the steps finished and wrote their log; page:\n%s", dom).isTrue();
        Map<String, String> shown = new LinkedHashMap<>();
        for (String line : unescape(log.group(1)).split("\n"))
        {
            int equals = line.indexOf('=');
            if (equals > 0)
            {
                shown.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return shown;
    }

    /**
     * The director's script: set(name, value, then) changes a filter control as a person does; click(name, then)
     * presses a button; both wait until the dashlet has its answers. snapshot(name) notes what the dashlet shows,
     * download(name, then) fetches a link as the browser would; finish() writes the notes into the page.
     */
    private static String director(String steps)
    {
        return "<script>\n"
            + "var notes = [], errors = [];\n"
            + "window.addEventListener('error', function(e) { errors.push(e.message); });\n"
            + "function el(s) { return document.getElementById('" + DashletHarness.HTML_ID + "-' + s); }\n"
            + "function idle(then) { (function poll() { if (el('body').getAttribute('data-pending') === '0') { then(); } else { setTimeout(poll, 20); } })(); }\n"
            + "function set(name, value, then) { var c = el(name); c.value = value; c.dispatchEvent(new Event('change', { bubbles: true })); idle(then); }\n"
            + "function click(name, then) { el(name).click(); idle(then); }\n"
            + "function note(name, value) { notes.push(name + '=' + String(value).replace(/\\s+/g, ' ').trim()); }\n"
            + "function cells(row) { return [].map.call(row.cells, function(td, i) { var a = i === 0 && td.querySelector('a');"
            + "  return (i === 0 ? td.firstChild.textContent + (a ? ' (link)' : '') : td.textContent.trim()); }).slice(0, 5).join(' | '); }\n"
            + "function bars(chart) { return [].map.call(el(chart).querySelectorAll('.pc-bar-row'), function(row) {"
            + "  return row.getAttribute('data-code') + ':' + [].map.call(row.querySelectorAll('.pc-bar-count'), function(c) { return c.textContent; }).join('/'); }).join(' '); }\n"
            + "function snapshot(n) {\n"
            + "  var rows = el('rows').querySelectorAll('tr');\n"
            + "  note(n + '.summary', el('summary').textContent); note(n + '.rows', rows.length);\n"
            + "  if (rows[0]) { note(n + '.first', cells(rows[0])); } if (rows[1]) { note(n + '.second', cells(rows[1])); }\n"
            + "  note(n + '.total', el('report-total').textContent);\n"
            + "  ['chart-stage', 'chart-agency', 'chart-issue', 'chart-quarter'].forEach(function(c) { note(n + '.' + c, bars(c)); });\n"
            + "  note(n + '.quarterShown', !el('chart-quarter').classList.contains('hidden'));\n"
            + "  note(n + '.chart-labels', [].map.call(el('charts').querySelectorAll('.pc-bar-label'), function(l) { return l.textContent; }).join(', '));\n"
            + "  note(n + '.export', el('export').getAttribute('href')); note(n + '.report-export', el('report-export').getAttribute('href'));\n"
            + "  note(n + '.previousDisabled', el('previous').disabled); note(n + '.nextDisabled', el('next').disabled);\n"
            + "  note(n + '.error', el('load-error').classList.contains('hidden') ? '' : el('load-error').textContent);\n"
            + "  note(n + '.report-error', el('report-error').classList.contains('hidden') ? '' : el('report-error').textContent);\n"
            + "}\n"
            + "function download(name, then) { fetch(el(name).href).then(function(r) {"
            + "  note('download.status', r.status); note('download.type', r.headers.get('Content-Type'));"
            + "  note('download.disposition', r.headers.get('Content-Disposition'));"
            + "  return r.text(); }).then(function(text) { note('download.header', text.split('\\r\\n')[0]); then(); },"
            + "  function(e) { errors.push('download: ' + e); then(); }); }\n"
            + "function finish() { note('errors', errors.join('; ')); var pre = document.createElement('pre'); pre.id = 'pc-test-log';"
            + "  pre.textContent = notes.join('\\n'); document.body.appendChild(pre); }\n"
            + "window.addEventListener('load', function() { setTimeout(function() {\n" + steps + "\n}, 50); });\n"
            + "</script>\n";
    }

    private static String html(DashletHarness.FakeRemote remote, String extra)
    {
        Map<String, Object> model = DashletHarness.runController(remote, Map.of());
        String dashlet = DashletHarness.renderDashlet(model, "/share");
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Escalated challenges</title>\n"
            + "<style>body{font-family:sans-serif;font-size:13px;margin:16px;background:#fff}"
            + ".dashlet{width:940px;border:1px solid #ccc}.dashlet .title{font-weight:bold;padding:6px 8px;background:#f0f0f0}</style>\n"
            + "</head><body>\n" + dashlet + "\n" + extra + "</body></html>\n";
    }

    private static String unescape(String text)
    {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    /** The data-stage of every row drawn, in order. */
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
}
