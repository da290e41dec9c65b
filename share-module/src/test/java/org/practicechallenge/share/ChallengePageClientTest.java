package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The challenge page in headless Chromium, served over HTTP like Share: the component built from the real controller,
 * template, script and style inside a frame with a stand-in for Share's header, and Share's proxy answered by a
 * stand-in repository (the diagram as a small SVG). A script in the page reads what a person sees once the page has
 * settled and writes it into the page, which Chromium prints. Skipped when Chromium is not installed.
 */
class ChallengePageClientTest
{
    static final String DIAGRAM = "/practicechallenge/challenges/workspace/SpacesStore/challenge-0007/diagram";
    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"120\"><rect x=\"10\" y=\"10\""
        + " width=\"180\" height=\"60\" fill=\"#eee\" stroke=\"#333\"/><rect x=\"210\" y=\"10\" width=\"180\" height=\"60\""
        + " fill=\"#fff3b0\" stroke=\"#c00\" stroke-width=\"3\"/><text x=\"230\" y=\"45\">Stage 2</text></svg>";

    static HeadlessChromium chromium;
    static DashletServer share;
    static volatile boolean diagramDrawn = true;

    @BeforeAll
    static void startShare() throws Exception
    {
        chromium = HeadlessChromium.find();
        assumeTrue(chromium != null, "Chromium not found at " + System.getProperty("practicechallenge.chromium", "/usr/bin/chromium")
            + " or on the PATH; install Debian's chromium package to run the challenge page in a browser");
        share = new DashletServer(call -> call.equals(DIAGRAM) && diagramDrawn
            ? new DashletServer.Answer(200, "image/svg+xml", SVG, Map.of())
            : DashletServer.Answer.json(404, "{\"status\":{\"code\":404},\"message\":\"no diagram\"}"));
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
    void aReaderSeesEveryEntryOldestFirstWithFactsApartFromOpinionAndLabelsNotCodes() throws Exception
    {
        Map<String, String> shown = read("readable.html", SampleChallenge.repository(200, SampleChallenge.threeEntries(true)));

        assertThat(shown.get("errors")).as("errors in the page").isEmpty();
        assertThat(shown).containsEntry("title", "Practice challenge PC-2026-0007")
            .containsEntry("child", "Alex Smith (C123)")
            .containsEntry("entries", "3");
        assertThat(shown.get("entry.0")).startsWith("Challenge raised \u00b7 Stage 1 \u00b7 2 Oct 2026, ");
        assertThat(shown.get("entry.1")).startsWith("Answered late \u00b7 Stage 1 \u00b7 12 Oct 2026, ");
        assertThat(shown.get("entry.2")).matches("Decision \u00b7 Stage 1 \u00b7 13 Oct 2026, \\d\\d:05");
        assertThat(shown.get("entry.2.who")).isEqualTo("Recorded by Cara Chair (Safeguarding Unit) \u00b7 Discussion: Telephone call");
        assertThat(shown.get("entry.2.facts")).startsWith("FACTS Health said the report was sent").doesNotContain("The delay");
        assertThat(shown.get("entry.2.opinion")).isEqualTo("PROFESSIONAL OPINION The delay is not explained; escalating to line managers.");
        assertThat(shown.get("entry.2.outcome")).contains("Escalated to the next stage").contains("Health to resend the report");
        // Two different boxes, so they never read as one.
        assertThat(shown.get("entry.2.factsBox")).isNotEqualTo(shown.get("entry.2.opinionBox"));
        assertThat(shown.get("due")).startsWith("By 20 Oct 2026 Overdue This stage began on 13 Oct 2026.").contains("working days");
        // Share's base.css makes <time> a block; a date inside a sentence must stay on its line.
        assertThat(shown).containsEntry("timeDisplay", "inline");
        assertThat(shown.get("summary")).contains("Safeguarding Unit", "Health", "Report not submitted in time", "Stage 2", "Cara Chair")
            .contains("One task was answered after its due date");
        for (String code : List.of("stage2", "safeguardingUnit", "reportNotSubmittedInTime", "conferenceChallenge", "escalate",
            "workspace://", "cara.chair"))
        {
            assertThat(shown.get("text")).as("the page shows no code").doesNotContain(code);
        }
        assertThat(shown).containsEntry("diagram", "shown 600x120").containsEntry("diagramMissing", "hidden");
        assertThat(share.proxied).contains(DIAGRAM);
    }

    @Test
    void printAndDownloadAreOneClickAndThePrintStylesheetLeavesOnlyTheRecord() throws Exception
    {
        Map<String, String> shown = read("print.html", SampleChallenge.repository(200, SampleChallenge.threeEntries(true)));

        assertThat(shown).containsEntry("print", "Print").containsEntry("printed", "1")
            .containsEntry("pdf", "Download PDF /share/proxy/alfresco/practicechallenge/challenges/workspace/SpacesStore/challenge-0007/record.pdf");
        // The rules Chromium applies when printing: Share's header and the page's buttons are hidden.
        assertThat(shown.get("printRules")).contains("#alf-hd").contains(".pc-actions").contains("display: none");
    }

    @Test
    void aReaderWhoMayNotOpenTheCaseFolderSeesNoChild() throws Exception
    {
        Map<String, String> shown = read("child-hidden.html", SampleChallenge.repository(200, SampleChallenge.threeEntries(false)));

        assertThat(shown).containsEntry("child", "Not open to you").containsEntry("entries", "3");
        assertThat(shown.get("text")).doesNotContain("Alex").doesNotContain("C123");
    }

    @Test
    void someoneWhoMayNotReadTheChallengeSeesOnlyThatItIsNotOpenToThem() throws Exception
    {
        Map<String, String> shown = read("refused.html", SampleChallenge.repository(403, "{\"status\":{\"code\":403}}"));

        assertThat(shown.get("text")).isEqualTo("Share header This challenge is not open to you "
            + SampleChallenge.text("refused.text"));
        assertThat(shown).containsEntry("entries", "0").containsEntry("print", "").containsEntry("pdf", "");
    }

    @Test
    void aChallengeWithoutADiagramSaysSoInsteadOfABrokenPicture() throws Exception
    {
        diagramDrawn = false;
        try
        {
            Map<String, String> shown = read("no-diagram.html", SampleChallenge.repository(200, SampleChallenge.threeEntries(true)));
            assertThat(shown).containsEntry("diagram", "hidden").containsEntry("diagramMissing", SampleChallenge.text("diagram.missing"));
        }
        finally
        {
            diagramDrawn = true;
        }
    }

    @Test
    void keepsAScreenshot() throws Exception
    {
        String url = share.page("screenshot.html", html(SampleChallenge.repository(200, SampleChallenge.threeEntries(true)), ""));
        Path screenshot = EscalationsClientTest.SCREENSHOTS.resolve("challenge-page.png");
        Files.createDirectories(EscalationsClientTest.SCREENSHOTS);
        Files.deleteIfExists(screenshot);
        chromium.run(List.of("--screenshot=" + screenshot, "--window-size=1100,2300", "--hide-scrollbars", url));
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(5_000L);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Serves the page, lets it settle, and returns what the reader's script noted: name=value lines. */
    private static Map<String, String> read(String name, DashletHarness.FakeRemote remote) throws Exception
    {
        String dom = chromium.run(List.of("--dump-dom", share.page(name, html(remote, reader()))));
        Matcher log = Pattern.compile("(?s)<pre id=\"pc-test-log\">(.*?)</pre>").matcher(dom);
        assertThat(log.find()).as("the reader's script wrote its log; page:\n%s", dom).isTrue();
        Map<String, String> shown = new LinkedHashMap<>();
        for (String line : log.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").split("\n"))
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
     * The reader: waits until the page's script has run and the diagram has loaded or failed, then notes the title,
     * the child, each entry's heading, who, facts, opinion and outcome, the due date, the Print button (clicked with
     * window.print counted, not opened), the PDF link, the diagram, the print rules and all the visible text.
     */
    private static String reader()
    {
        return "<script>\n"
            + "var notes = [], errors = [], printed = 0;\n"
            + "window.addEventListener('error', function(e) { errors.push(e.message); });\n"
            + "window.print = function() { printed++; };\n"
            + "function el(s) { return document.getElementById('" + SampleChallenge.HTML_ID + "-' + s); }\n"
            + "function text(node) { return node ? node.innerText.replace(/\\s+/g, ' ').trim() : ''; }\n"
            + "function note(name, value) { notes.push(name + '=' + String(value).replace(/\\s+/g, ' ').trim()); }\n"
            + "function box(node) { if (!node) return ''; var s = getComputedStyle(node); return s.backgroundColor + ' ' + s.borderStyle; }\n"
            + "function settled() { var body = el('body'), img = el('diagram-image');\n"
            + "  return (!img || img.complete) && (!body || !el('print') || body.getAttribute('data-ready') === 'true'); }\n"
            + "function printRules() { var found = [];\n"
            + "  [].forEach.call(document.styleSheets, function(sheet) { [].forEach.call(sheet.cssRules, function(rule) {\n"
            + "    if (rule.media && rule.media.mediaText === 'print') { [].forEach.call(rule.cssRules, function(r) {\n"
            + "      if (/display: none/.test(r.cssText)) found.push(r.cssText); }); } }); });\n"
            + "  return found.join(' '); }\n"
            + "function readPage() {\n"
            + "  note('title', text(el('title'))); note('child', text(el('child'))); note('due', text(el('due')));\n"
            + "  note('summary', text(el('summary')));\n"
            + "  var began = document.querySelector('.pc-basis time'); note('timeDisplay', began ? getComputedStyle(began).display : '');\n"
            + "  var entries = document.querySelectorAll('.pc-entry'); note('entries', entries.length);\n"
            + "  [].forEach.call(entries, function(entry, i) { var p = 'entry.' + i;\n"
            + "    note(p, text(entry.querySelector('h3'))); note(p + '.who', text(entry.querySelector('.pc-entry-who')));\n"
            + "    note(p + '.facts', text(entry.querySelector('.pc-facts'))); note(p + '.opinion', text(entry.querySelector('.pc-opinion')));\n"
            + "    note(p + '.outcome', text(entry.querySelector('.pc-entry-outcome')));\n"
            + "    note(p + '.factsBox', box(entry.querySelector('.pc-facts'))); note(p + '.opinionBox', box(entry.querySelector('.pc-opinion'))); });\n"
            + "  var print = el('print'); note('print', text(print)); if (print) { print.click(); } note('printed', printed);\n"
            + "  var pdf = el('pdf'); note('pdf', pdf ? text(pdf) + ' ' + pdf.getAttribute('href') : '');\n"
            + "  var img = el('diagram-image'), missing = el('diagram-missing');\n"
            + "  note('diagram', !img ? '' : (img.classList.contains('hidden') ? 'hidden' : 'shown ' + img.naturalWidth + 'x' + img.naturalHeight));\n"
            + "  note('diagramMissing', !missing ? '' : (missing.classList.contains('hidden') ? 'hidden' : text(missing)));\n"
            + "  note('printRules', printRules()); note('text', text(document.body));\n"
            + "  note('errors', errors.join('; '));\n"
            + "  var pre = document.createElement('pre'); pre.id = 'pc-test-log'; pre.textContent = notes.join('\\n'); document.body.appendChild(pre);\n"
            + "}\n"
            + "window.addEventListener('load', function() { (function poll() { if (settled()) { setTimeout(readPage, 20); } else { setTimeout(poll, 20); } })(); });\n"
            + "</script>\n";
    }

    /** Share's page as far as the component needs it: a header the print style hides, then the component. */
    private static String html(DashletHarness.FakeRemote remote, String extra)
    {
        String component = SampleChallenge.render(SampleChallenge.model(remote, Map.of()));
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Practice challenge</title>\n"
            + "<style>body{font-family:sans-serif;font-size:13px;margin:0;background:#fff}"
            + "#alf-hd{background:#0b2239;color:#fff;padding:10px 16px;font-weight:bold}"
            // Share's base.css resets HTML5 elements to blocks, <time> among them.
            + "header,nav,section,article,aside,figure,figcaption,footer,details,summary,mark,time{display:block}</style>\n"
            + "</head><body>\n<div id=\"alf-hd\">Share header</div>\n<div id=\"bd\">" + component + "</div>\n" + extra + "</body></html>\n";
    }
}
