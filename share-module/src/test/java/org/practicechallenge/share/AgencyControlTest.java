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
import org.w3c.dom.Element;

/**
 * The agency pick-list (agency.ftl) as the share config places it: on the raise forms a list of agency names that
 * posts the code, on task forms the agency's name read-only. Rendered with FreeMarker as Share's form runtime gives
 * a control its field, then run in headless Chromium against a stand-in repository (skipped without Chromium).
 */
class AgencyControlTest
{
    static final String TEMPLATE = "/org/practicechallenge/components/form/controls/agency.ftl";
    static final ShareConfig CONFIG = new ShareConfig(ModuleFiles.SHARE_CONFIG);
    static final String AGENCIES = "[{\"code\":\"socialCare\",\"name\":\"Children's Social Care\"},"
        + "{\"code\":\"health\",\"name\":\"Health\"},{\"code\":\"police\",\"name\":\"Police\"}]";

    static HeadlessChromium chromium;
    static DashletServer share;
    static volatile boolean repositoryAnswers = true;

    @BeforeAll
    static void startShare() throws Exception
    {
        chromium = HeadlessChromium.find();
        if (chromium != null)
        {
            share = new DashletServer(call -> call.equals("/practicechallenge/agencies") && repositoryAnswers
                ? DashletServer.Answer.json(200, AGENCIES)
                : DashletServer.Answer.json(500, "{\"status\":{\"code\":500}}"));
        }
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
    void raiseFormsAndTaskFormsUseThePickList()
    {
        for (String formId : List.of("", "professional-difference", "conference-challenge"))
        {
            ShareConfig.Form form = CONFIG.form("string-compare", "activiti$pcPracticeChallenge", formId);
            for (String agency : List.of("pcwf:raisingAgency", "pcwf:respondingAgency"))
            {
                assertThat(controlOf(form.field(agency))).as("%s %s", formId, agency).isEqualTo(TEMPLATE);
            }
        }
        for (String taskType : List.of("pcwf:stageResponseTask", "pcwf:stageDecisionTask", "pcwf:practiceReviewGroupTask",
            "pcwf:familyInformedTask", "pcwf:cinEvidenceCheckTask"))
        {
            Element responding = CONFIG.form("task-type", taskType, "").field("pcwf:respondingAgency");
            assertThat(controlOf(responding)).as(taskType).isEqualTo(TEMPLATE);
            assertThat(responding.getAttribute("read-only")).as("%s: the agency cannot change on a task", taskType).isEqualTo("true");
        }
    }

    @Test
    void anEditableFieldIsASelectThatPostsTheCodeAndAReadOnlyOneOnlyShowsTheName()
    {
        String editable = render("prop_pcwf_respondingAgency", "", false, "create");
        assertThat(editable).contains("<select id=\"sw_prop_pcwf_respondingAgency\" name=\"prop_pcwf_respondingAgency\"")
            .contains(">Choose an agency</option>").contains("practicechallenge/agencies");

        String readOnly = render("prop_pcwf_respondingAgency", "police", true, "edit");
        assertThat(readOnly).doesNotContain("<select").doesNotContain("name=\"prop_pcwf_respondingAgency\"")
            .contains("code = \"police\"");
    }

    @Test
    void inABrowserTheListShowsNamesAndTheTaskFormShowsTheAgencysName() throws Exception
    {
        assumeTrue(chromium != null, "Chromium not found; install Debian's chromium package to run the agency list in a browser");
        repositoryAnswers = true;
        Map<String, String> shown = read("agencies.html");

        assertThat(shown).containsEntry("options", "|Choose an agency|socialCare=Children's Social Care|health=Health|police=Police")
            .containsEntry("chosen", "police=Police")
            .containsEntry("readOnly", "Children's Social Care")
            .containsEntry("problem", "").containsEntry("errors", "");
        assertThat(share.calls("/practicechallenge/agencies")).isNotEmpty();
    }

    @Test
    void aFormLoadedAsShareLoadsItScriptsFirstStillGetsItsList() throws Exception
    {
        assumeTrue(chromium != null, "Chromium not found; install Debian's chromium package to run the agency list in a browser");
        repositoryAnswers = true;
        Map<String, String> shown = read("agencies-ajax.html", true);

        assertThat(shown).containsEntry("options", "|Choose an agency|socialCare=Children's Social Care|health=Health|police=Police")
            .containsEntry("chosen", "police=Police")
            .containsEntry("readOnly", "Children's Social Care")
            .containsEntry("errors", "");
    }

    @Test
    void whenTheRepositoryCannotAnswerThePersonIsToldInPlainWords() throws Exception
    {
        assumeTrue(chromium != null, "Chromium not found; install Debian's chromium package to run the agency list in a browser");
        repositoryAnswers = false;
        try
        {
            Map<String, String> shown = read("agencies-unavailable.html");
            assertThat(shown).containsEntry("options", "|Choose an agency")
                .containsEntry("problem", DashletHarness.text("practicechallenge.form.agency.unavailable"));
        }
        finally
        {
            repositoryAnswers = true;
        }
    }

    /** As Share's form runtime gives the control its field; disabled is Share's read-only. */
    private static String render(String name, String value, boolean disabled, String mode)
    {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("label", "Agency challenged");
        field.put("name", name);
        field.put("value", value);
        field.put("mandatory", true);
        field.put("disabled", disabled);
        field.put("help", "The agency whose practice is challenged.");
        field.put("control", Map.of("params", Map.of()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("field", field);
        model.put("form", Map.of("mode", mode));
        model.put("fieldHtmlId", "sw_" + name);
        return DashletHarness.render(TEMPLATE.substring(1), model, Map.of(), "/share");
    }

    /** A page with an editable responding agency already set to police and a read-only raising agency. */
    private static Map<String, String> read(String name) throws Exception
    {
        return read(name, false);
    }

    /**
     * As read(name); asShareAjax loads the two controls as Share loads a form (Alfresco.util.Ajax, execScripts):
     * their scripts run first, the markup without scripts is inserted afterwards.
     */
    private static Map<String, String> read(String name, boolean asShareAjax) throws Exception
    {
        String controls = render("prop_pcwf_respondingAgency", "police", false, "edit")
            + render("prop_pcwf_raisingAgency", "socialCare", true, "edit");
        if (asShareAjax)
        {
            Pattern script = Pattern.compile("(?is)<script[^>]*>(.*?)</script>");
            StringBuilder scripts = new StringBuilder();
            Matcher each = script.matcher(controls);
            while (each.find())
            {
                scripts.append(each.group(1).replace("//<![CDATA[", "").replace("//]]>", "")).append('\n');
            }
            String markup = script.matcher(controls).replaceAll("");
            controls = "<div id=\"pc-form\"></div>\n<script>\n" + scripts
                + "setTimeout(function() { document.getElementById('pc-form').innerHTML = " + Json.write(markup) + "; }, 0);\n</script>\n";
        }
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Form</title>"
            + "<style>.hidden{display:none}</style></head><body>\n"
            + "<script>var errors = []; window.addEventListener('error', function(e) { errors.push(e.message); });</script>\n"
            + controls
            + "<script>\n"
            + "function note(n, v) { notes.push(n + '=' + String(v).replace(/\\s+/g, ' ').trim()); } var notes = [];\n"
            + "function settled() { var select = document.getElementById('sw_prop_pcwf_respondingAgency'); return select && (select.options.length > 1\n"
            + "  || !document.getElementById('sw_prop_pcwf_respondingAgency-problem').classList.contains('hidden')); }\n"
            + "function readPage() { var select = document.getElementById('sw_prop_pcwf_respondingAgency');\n"
            + "  note('options', [].map.call(select.options, function(o) { return o.value ? o.value + '=' + o.text : o.text; }).join('|').replace(/^/, '|').replace(/^\\|\\|/, '|'));\n"
            + "  var chosen = select.options[select.selectedIndex]; note('chosen', chosen.value + '=' + chosen.text);\n"
            + "  note('readOnly', document.getElementById('sw_prop_pcwf_raisingAgency').textContent);\n"
            + "  var problem = document.getElementById('sw_prop_pcwf_respondingAgency-problem');\n"
            + "  note('problem', problem.classList.contains('hidden') ? '' : problem.textContent); note('errors', errors.join('; '));\n"
            + "  var pre = document.createElement('pre'); pre.id = 'pc-test-log'; pre.textContent = notes.join('\\n'); document.body.appendChild(pre); }\n"
            + "window.addEventListener('load', function() { (function poll() { if (settled()) { setTimeout(readPage, 20); } else { setTimeout(poll, 20); } })(); });\n"
            + "</script></body></html>\n";
        String dom = chromium.run(List.of("--dump-dom", share.page(name, page)));
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

    private static String controlOf(Element field)
    {
        assertThat(field).isNotNull();
        List<Element> controls = ModuleFiles.children(field, "control");
        return controls.isEmpty() ? null : controls.get(0).getAttribute("template");
    }
}
