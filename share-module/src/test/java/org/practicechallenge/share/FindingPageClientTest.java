package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "Practice challenges" page and the "My practice challenges" dashlet in headless Chromium, served over HTTP like
 * Share: the components built from the real controllers, templates and styles, answered by a stand-in for the
 * repository's challenges web script. A script in the page notes what a person sees once it has loaded (the heading,
 * each row's text and link, the empty state, a chair's checks) and, on the search page, types a child identifier
 * into the search box and submits it. Skipped when Chromium is not installed.
 */
class FindingPageClientTest
{
    static HeadlessChromium chromium;
    static DashletServer share;

    @BeforeAll
    static void startShare() throws Exception
    {
        chromium = HeadlessChromium.find();
        assumeTrue(chromium != null, "Chromium not found at " + System.getProperty("practicechallenge.chromium", "/usr/bin/chromium")
            + " or on the PATH; install Debian's chromium package to run the practice challenges page in a browser");
        share = new DashletServer(call -> DashletServer.Answer.json(404, "{}"));
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
    void aSocialWorkerSeesHerChallengesOpenFirstEachLinkedToItsChallengePage() throws Exception
    {
        Map<String, String> shown = read("mine.html", FindingPage.render(FindingPage.model(FindingPage.repository(200,
            FindingPage.mine("", FindingPage.ABOUT_SALLY, FindingPage.RAISED_BY_SALLY)), Map.of())));

        assertThat(shown.get("errors")).as("errors in the page").isEmpty();
        assertThat(shown).containsEntry("heading", "My practice challenges").containsEntry("rows", "2")
            .containsEntry("empty", "").containsEntry("checks", "0");
        assertThat(shown.get("row.0")).isEqualTo("PC-2026-0009 About your practice | Alex Smith (C123) | "
            + "The assessment did not ask the school about attendance. | Stage 2 | Open | "
            + "Education challenging Children's Social Care | 2 Oct 2026 | 20 Oct 2026 Overdue");
        assertThat(shown.get("row.0.link")).isEqualTo("/share/page/practice-challenge?nodeRef=workspace%3A%2F%2FSpacesStore%2Fchallenge-0009");
        assertThat(shown.get("row.1")).isEqualTo("PC-2026-0004 You raised this | Not open to you | "
            + "The health visitor's report was not shared. | Stage 1 | Resolved | "
            + "Children's Social Care challenging Health | 14 Sep 2026 |");
        for (String code : List.of("stage2", "socialCare", "professionalDifference", "workspace://", "challenged"))
        {
            assertThat(shown.get("text")).as("the page shows no code").doesNotContain(code);
        }
    }

    @Test
    void someoneWithNoChallengesIsToldSoInPlainEnglish() throws Exception
    {
        Map<String, String> shown = read("none.html", FindingPage.render(FindingPage.model(
            FindingPage.repository(200, FindingPage.mine("")), Map.of())));

        assertThat(shown).containsEntry("rows", "0").containsEntry("empty", FindingPage.text("empty.mine"));
    }

    @Test
    void aChairSeesTheCheckSheWillDoWithTheChildAndTheDay() throws Exception
    {
        Map<String, String> shown = read("chair.html", FindingPage.render(FindingPage.model(
            FindingPage.repository(200, FindingPage.mine(FindingPage.CARAS_CHECK)), Map.of())));

        assertThat(shown).containsEntry("checksHeading", "Six-week Child in Need checks you will do")
            .containsEntry("checks", "1")
            .containsEntry("check.0", "Alex Smith (C123) | 12 Nov 2026")
            .containsEntry("check.0.link", "/share/page/folder-details?nodeRef=workspace%3A%2F%2FSpacesStore%2Fcase-C123")
            .containsEntry("empty", FindingPage.text("empty.mine"));
    }

    @Test
    void aCaseFoldersPageNamesTheChildAndListsItsChallenges() throws Exception
    {
        Map<String, String> shown = read("case.html", FindingPage.render(FindingPage.model(
            FindingPage.repository(200, FindingPage.caseFolder(FindingPage.ABOUT_SALLY.replace(",\"yourPart\":\"challenged\"", ""))),
            Map.of("caseFolder", FindingPage.CASE_FOLDER))));

        assertThat(shown).containsEntry("heading", "Practice challenges about Alex Smith (C123)").containsEntry("rows", "1")
            .containsEntry("mine", "Back to my practice challenges /share/page/practice-challenges");
        assertThat(shown.get("row.0")).startsWith("PC-2026-0009 | Alex Smith (C123) |");
    }

    @Test
    void theSearchBoxFindsAChildsChallengesByTheIdentifierTyped() throws Exception
    {
        Map<String, String> shown = read("search.html", FindingPage.render(FindingPage.model(
            FindingPage.repository(200, FindingPage.mine("")), Map.of())));

        // The reader typed "C 123" into the labelled box and pressed Find: the form the browser submits asks this
        // page again with the identifier (the navigation itself is held back, as headless Chromium's virtual time
        // does not follow it).
        assertThat(shown).containsEntry("searchLabel", "Child identifier")
            .containsEntry("searched", "GET /share/page/practice-challenges?childIdentifier=C+123");
    }

    @Test
    void theDashletShowsOpenChallengesAChairsCheckAndTheWayToThePage() throws Exception
    {
        String dashlet = FindingPage.renderDashlet(FindingPage.dashletModel(FindingPage.repository(200,
            FindingPage.mine(FindingPage.CARAS_CHECK, FindingPage.ABOUT_SALLY, FindingPage.RAISED_BY_SALLY))));
        Map<String, String> shown = read("dashlet.html", dashlet);

        assertThat(shown.get("dashlet")).isEqualTo("My practice challenges PC-2026-0009 \u00b7 Stage 2 \u00b7 Due 20 Oct 2026 "
            + "Overdue About your practice One six-week Child in Need check you will do, due on 12 Nov 2026 "
            + "All my practice challenges, and a child's");
        assertThat(shown).containsEntry("dashletAll", "/share/page/practice-challenges");
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Serves the page, lets it settle, and returns what the reader's script noted: name=value lines. */
    private static Map<String, String> read(String name, String component) throws Exception
    {
        String dom = chromium.run(List.of("--dump-dom", share.page(name, html(component))));
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
     * The reader: notes the heading, every row of the challenges table (cells joined by " | ") and its link, the
     * empty state, the checks, the search box's label and the dashlet; then types "C 123" into the search box,
     * presses Find and notes the request the submitted form makes.
     */
    private static String reader()
    {
        String el = FindingPage.HTML_ID;
        return "<script>\n"
            + "var notes = [], errors = [];\n"
            + "window.addEventListener('error', function(e) { errors.push(e.message); });\n"
            + "function el(s) { return document.getElementById('" + el + "-' + s); }\n"
            + "function text(node) { return node ? node.innerText.replace(/\\s+/g, ' ').trim() : ''; }\n"
            + "function note(name, value) { notes.push(name + '=' + String(value).replace(/\\s+/g, ' ').trim()); }\n"
            + "function cells(row) { return [].map.call(row.querySelectorAll('td'), text).join(' | '); }\n"
            + "function write() { var pre = document.createElement('pre'); pre.id = 'pc-test-log'; pre.textContent = notes.join('\\n');"
            + " document.body.appendChild(pre); }\n"
            + "function readPage() {\n"
            + "  note('heading', text(el('heading')));\n"
            + "  var rows = document.querySelectorAll('.pc-challenges tbody tr'); note('rows', rows.length);\n"
            + "  [].forEach.call(rows, function(row, i) { note('row.' + i, cells(row));\n"
            + "    var a = row.querySelector('a'); note('row.' + i + '.link', a ? a.getAttribute('href') : ''); });\n"
            + "  note('empty', text(el('empty')));\n"
            + "  note('checksHeading', text(el('checks-heading')));\n"
            + "  var checks = document.querySelectorAll('.pc-checks tbody tr'); note('checks', checks.length);\n"
            + "  [].forEach.call(checks, function(row, i) { note('check.' + i, cells(row));\n"
            + "    var a = row.querySelector('a'); note('check.' + i + '.link', a ? a.getAttribute('href') : ''); });\n"
            + "  var box = el('childIdentifier'); var label = box ? document.querySelector('label[for=\"' + box.id + '\"]') : null;\n"
            + "  note('searchLabel', text(label));\n"
            + "  var mine = el('mine'); note('mine', mine ? text(mine) + ' ' + mine.getAttribute('href') : '');\n"
            + "  var dashlet = document.querySelector('.practicechallenge-mine'); note('dashlet', text(dashlet));\n"
            + "  var all = el('dashlet-all'); note('dashletAll', all ? all.getAttribute('href') : '');\n"
            + "  note('text', text(document.body)); note('errors', errors.join('; '));\n"
            + "  var form = el('search'); if (form && box) {\n"
            + "    form.addEventListener('submit', function(e) { e.preventDefault();\n"
            + "      note('searched', form.method.toUpperCase() + ' ' + new URL(form.action).pathname + '?'\n"
            + "        + new URLSearchParams(new FormData(form)).toString()); });\n"
            + "    box.value = 'C 123'; el('find').click(); }\n"
            + "  write();\n"
            + "}\n"
            + "window.addEventListener('load', function() { setTimeout(readPage, 20); });\n"
            + "</script>\n";
    }

    /** Share's page as far as the component needs it: a header, then the component and its stylesheet. */
    private static String html(String component)
    {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Practice challenges</title>\n"
            + "<style>body{font-family:sans-serif;font-size:13px;margin:0;background:#fff}"
            + "#alf-hd{background:#0b2239;color:#fff;padding:10px 16px;font-weight:bold}</style>\n"
            + "</head><body>\n<div id=\"alf-hd\">Share header</div>\n<div id=\"bd\">" + component.replace("/share/res/",
                share.base() + "/share/res/") + "</div>\n" + reader() + "</body></html>\n";
    }
}
