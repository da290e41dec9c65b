package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.practicechallenge.share.DashletHarness.FakeRemote;

/** The dashlet's and the form controls' FreeMarker templates, rendered by FreeMarker on the controller's model. */
class EscalationsTemplateTest
{
    private static String dashlet(FakeRemote remote)
    {
        return DashletHarness.renderDashlet(DashletHarness.runController(remote, Map.of()), "/share");
    }

    @Test
    void drawsARowPerEscalatedChallengeWithStageCaseAgenciesDaysOpenAndDue()
    {
        String html = dashlet(SampleRepository.answering(SampleRepository.THREE_ESCALATIONS));

        assertThat(count(html, "<tr class=\"pc-row")).isEqualTo(3);
        assertThat(html).contains(DashletHarness.text("header"))
            .contains("/share/page/practice-challenge?nodeRef=workspace%3A%2F%2FSpacesStore%2Fchallenge-0007\">PC-2026-0007</a>")
            .contains(">C123</a>")
            .contains("Safeguarding Unit with Children&#39;s Social Care")
            .contains("<td>Stage 3</td>")
            .contains("<td class=\"pc-number\">25</td>")
            .contains("<td>1 Sep 2026</td>")
            .contains("2 Oct 2026 <span class=\"pc-badge pc-overdue\">Overdue</span>");
        assertThat(count(html, "pc-badge pc-overdue")).isEqualTo(1);
        // The child's name comes from the repository and is escaped, never interpreted.
        assertThat(html).contains("Child &lt;b&gt;A&lt;/b&gt;").doesNotContain("<b>A</b>");
        assertThat(html).contains(">1\u20133 of 3</p>").doesNotContain("narrow the filters");
        assertThat(html).contains("class=\"pc-empty hidden\"");
    }

    @Test
    void aRowWhoseCaseFolderIsNotOpenToTheReaderSaysSoInPlainWordsAndLinksOnlyToTheChallenge()
    {
        String html = dashlet(SampleRepository.answering(SampleRepository.CASE_NOT_OPEN));

        assertThat(count(html, "<tr class=\"pc-row")).isEqualTo(1);
        assertThat(html).contains(">PC-2026-0021</a>")
            .contains("<span class=\"pc-case-not-open\" title=\"You cannot open this child&#39;s case folder, so the child is not "
                + "named here. The case folder&#39;s owners can give you access.\">" + DashletHarness.text("case.notOpen") + "</span>")
            .doesNotContain("case-C999\">")
            .doesNotContain("pc-child-name");
        assertThat(DashletHarness.text("case.notOpen")).isEqualTo("Not open to you");
    }

    @Test
    void filtersOfferEveryStageAndEveryAgencyByName()
    {
        String html = dashlet(SampleRepository.answering(SampleRepository.THREE_ESCALATIONS));

        String stages = select(html, "stage");
        for (String stage : NamingContract.STAGES)
        {
            assertThat(stages).contains("<option value=\"" + stage + "\">" + DashletHarness.text("practicechallenge.stage." + stage) + "</option>");
        }
        String agencies = select(html, "agency");
        assertThat(agencies).contains(">Police</option>", ">Children&#39;s Social Care</option>", "value=\"youthJustice\">youthJustice</option>");
        assertThat(select(html, "overdue")).contains("value=\"true\"", "value=\"false\"");
        assertThat(select(html, "raisingAgency")).contains(">Police</option>");
        assertThat(select(html, "respondingAgency")).contains(">Police</option>");
        assertThat(select(html, "issueCategory")).contains("<option value=\"informationSharing\">Sharing information</option>",
            "<option value=\"referralAndThreshold\">Referral and threshold decisions</option>");
        assertThat(select(html, "caseCategory")).contains("<option value=\"lookedAfter\">Looked after child</option>");
        assertThat(html).contains("<input type=\"date\" id=\"" + DashletHarness.HTML_ID + "-from\" name=\"from\" value=\"\"/>")
            .contains("<input type=\"date\" id=\"" + DashletHarness.HTML_ID + "-to\" name=\"to\" value=\"\"/>");
    }

    @Test
    void theFiltersGivenAreChosenInTheControlsAndCarriedByBothDownloads()
    {
        String html = DashletHarness.renderDashlet(DashletHarness.runController(SampleRepository.answering(SampleRepository.THREE_ESCALATIONS),
            Map.of("from", "2026-01-01", "agency", "police", "issueCategory", "assessment")), "/share");

        assertThat(html).contains("name=\"from\" value=\"2026-01-01\"/>");
        assertThat(select(html, "agency")).contains("<option value=\"police\" selected=\"selected\">Police</option>");
        assertThat(select(html, "issueCategory")).contains("<option value=\"assessment\" selected=\"selected\">Assessment</option>");
        assertThat(html).contains("href=\"/share/proxy/alfresco/practicechallenge/escalations?format=csv&amp;from=2026-01-01&amp;agency=police"
                + "&amp;issueCategory=assessment\" download=\"\">" + DashletHarness.text("export.list") + "</a>")
            .contains("href=\"/share/proxy/alfresco/practicechallenge/report?format=csv&amp;from=2026-01-01&amp;agency=police"
                + "&amp;issueCategory=assessment\" download=\"\">" + DashletHarness.text("export.report") + "</a>");
    }

    @Test
    void aChallengeNotOpenToTheReaderShowsItsStageAgenciesAndDatesWithoutALinkOrTheChild()
    {
        String html = dashlet(SampleRepository.answering(SampleRepository.CHALLENGE_NOT_OPEN));

        assertThat(count(html, "<tr class=\"pc-row")).isEqualTo(1);
        assertThat(html).contains("<td>PC-2026-0031<span class=\"pc-kind\">")
            .contains(">" + DashletHarness.text("case.notOpen") + "</span>")
            .contains("title=\"" + DashletHarness.text("challenge.notOpen.title").replace("'", "&#39;") + "\"")
            .contains("<td>Police with Health</td>", "<td>3 Feb 2026</td>", "10 Mar 2026 <span class=\"pc-badge pc-overdue\">")
            .doesNotContain("PC-2026-0031</a>").doesNotContain("nodeRef=null").doesNotContain(">null<");
    }

    @Test
    void pagingStartsAtTheFirstPageAndGoesOnOnlyWhenTheRepositoryHasMore()
    {
        String more = dashlet(SampleRepository.answering(SampleRepository.browserRepository(SampleRepository.ESCALATIONS
            + "?skipCount=0&maxItems=20").body()));
        assertThat(more).contains(">1\u201320 of 45</p>")
            .contains("-previous\" disabled=\"disabled\">" + DashletHarness.text("paging.previous"))
            .contains("-next\">" + DashletHarness.text("paging.next"));

        String all = dashlet(SampleRepository.answering(SampleRepository.THREE_ESCALATIONS));
        assertThat(all).contains("-next\" disabled=\"disabled\">");
    }

    @Test
    void saysWhatTheDashletShowsWhenThereIsNothingToShow()
    {
        String html = dashlet(SampleRepository.answering(SampleRepository.NO_ESCALATIONS));

        assertThat(count(html, "<tr class=\"pc-row")).isZero();
        assertThat(html).contains("<div class=\"pc-empty\"")
            .contains(DashletHarness.text("empty.title"))
            .contains(DashletHarness.text("empty.text").replace("'", "&#39;"))
            .contains("class=\"pc-table hidden\"");
        // The charts still show the whole report.
        assertThat(html).contains(DashletHarness.text("chart.byStage"));
    }

    @Test
    void showsTheRepositorysRefusalInsteadOfTheTable()
    {
        String page = dashlet(new FakeRemote()
            .answer(SampleRepository.ESCALATIONS, 403, SampleRepository.FORBIDDEN)
            .answer(SampleRepository.REPORT, 403, SampleRepository.FORBIDDEN));
        // The markup only, without the widget's messages in the script before it.
        String html = page.substring(page.indexOf("<div class=\"uid\">"));

        assertThat(html).contains("role=\"alert\"")
            .contains(DashletHarness.text("error.status.403"))
            .contains("User is not in an agency&#39;s director group")
            .contains(DashletHarness.text("report.unavailable"))
            .doesNotContain("pc-table")
            .doesNotContain(DashletHarness.text("empty.title"));
    }

    @Test
    void loadsItsScriptAndStyleAndBuildsTheClientWidget()
    {
        String html = dashlet(SampleRepository.answering(SampleRepository.THREE_ESCALATIONS));

        assertThat(html).contains("src=\"/share/res/practice-challenge-share/components/dashlets/escalations.js\"")
            .contains("href=\"/share/res/practice-challenge-share/components/dashlets/escalations.css\"")
            .contains("new PracticeChallenge.dashlet.Escalations(\"" + DashletHarness.HTML_ID + "\").setOptions(");
    }

    @Test
    void theCaseFolderControlTakesTheFolderTheStartWorkflowPageWasOpenedFrom()
    {
        String control = "org/practicechallenge/components/form/controls/case-folder.ftl";
        String html = DashletHarness.render(control, fieldModel("prop_pcwf_caseFolder", "", Map.of()),
            Map.of("destination", "workspace://SpacesStore/case-C123"), "/share");
        assertThat(html).contains("name=\"prop_pcwf_caseFolder\" value=\"workspace://SpacesStore/case-C123\"")
            .contains(DashletHarness.text("practicechallenge.form.caseFolder.selected"));

        String missing = DashletHarness.render(control, fieldModel("prop_pcwf_caseFolder", "", Map.of()), Map.of(), "/share");
        assertThat(missing).contains("value=\"\"").contains("practicechallenge-missing");
    }

    @Test
    void theFixedValueControlSubmitsTheKindTheActionChose()
    {
        String html = DashletHarness.render("org/practicechallenge/components/form/controls/fixed-value.ftl",
            fieldModel("prop_pcwf_challengeKind", "", Map.of("value", "conferenceChallenge",
                "labelId", "practicechallenge.kind.conferenceChallenge")), Map.of(), "/share");

        assertThat(html).contains("name=\"prop_pcwf_challengeKind\" value=\"conferenceChallenge\"")
            .contains(">Conference challenge</span>");
    }

    private static Map<String, Object> fieldModel(String name, String value, Map<String, String> params)
    {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("label", "Field label");
        field.put("value", value);
        field.put("mandatory", true);
        field.put("help", "Help text");
        field.put("control", Map.of("params", params));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("field", field);
        model.put("fieldHtmlId", "form_" + name);
        return model;
    }

    private static String select(String html, String filter)
    {
        Matcher select = Pattern.compile("(?s)<select id=\"[^\"]*-" + filter + "\".*?</select>").matcher(html);
        assertThat(select.find()).as("filter %s", filter).isTrue();
        return select.group().replaceAll("\\s+<", "<");
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
