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
 * People on task forms by their names: who raised the challenge and the practitioner challenged show as "Pat Police",
 * never "pat.police"; on the raise forms the practitioner is picked with Alfresco's people picker, never typed.
 * person.ftl rendered with FreeMarker as Share gives a control its field, then run in headless Chromium against a
 * stand-in of the repository's people script (skipped without Chromium).
 */
class PersonControlTest
{
    static final String TEMPLATE = "/org/practicechallenge/components/form/controls/person.ftl";
    static final String PEOPLE_PICKER = "/org/alfresco/components/form/controls/authority.ftl";
    static final ShareConfig CONFIG = new ShareConfig(ModuleFiles.SHARE_CONFIG);

    static HeadlessChromium chromium;
    static DashletServer share;

    @BeforeAll
    static void startShare() throws Exception
    {
        chromium = HeadlessChromium.find();
        if (chromium != null)
        {
            share = new DashletServer(call -> call.equals("/api/people/pat.police")
                ? DashletServer.Answer.json(200, "{\"userName\":\"pat.police\",\"firstName\":\"Pat\",\"lastName\":\"Police\"}")
                : DashletServer.Answer.json(404, "{\"status\":{\"code\":404}}"));
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
    void theRaiserPicksThePractitionerChallengedFromAlfrescosPeople()
    {
        for (String formId : List.of("", "professional-difference", "conference-challenge"))
        {
            ShareConfig.Form form = CONFIG.form("string-compare", "activiti$pcPracticeChallenge", formId);
            assertThat(controlOf(form.field("pcwf:challengedPractitionerPerson"))).as(formId).isEqualTo(PEOPLE_PICKER);
            assertThat(form.shows("pcwf:challengedPractitioner")).as("%s: no user name typed", formId).isFalse();
        }
    }

    @Test
    void everyTaskShowsWhoRaisedItAndWhoIsChallengedByName()
    {
        for (String taskType : List.of("pcwf:stageResponseTask", "pcwf:stageDecisionTask", "pcwf:practiceReviewGroupTask"))
        {
            ShareConfig.Form form = CONFIG.form("task-type", taskType, "");
            for (String person : List.of("pcwf:raisedBy", "pcwf:challengedPractitioner"))
            {
                assertThat(form.shows(person)).as("%s shows %s", taskType, person).isTrue();
                assertThat(controlOf(form.field(person))).as("%s %s", taskType, person).isEqualTo(TEMPLATE);
            }
        }
    }

    @Test
    void aPersonIsShownByTheirNameAndByTheirUserNameOnlyWhenTheRepositoryDoesNotKnowThem() throws Exception
    {
        assumeTrue(chromium != null, "Chromium not found; install Debian's chromium package to run the person control in a browser");
        String controls = render("prop_pcwf_raisedBy", "pat.police") + render("prop_pcwf_challengedPractitioner", "gone.user")
            + render("prop_pcwf_other", "");
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Task</title></head><body>\n"
            + "<script>var errors = []; window.addEventListener('error', function(e) { errors.push(e.message); });</script>\n"
            + controls
            + "<script>\n"
            + "function text(id) { return document.getElementById(id).textContent.replace(/\\s+/g, ' ').trim(); }\n"
            + "function settled() { return text('sw_prop_pcwf_raisedBy') && text('sw_prop_pcwf_challengedPractitioner'); }\n"
            + "function readPage() { var pre = document.createElement('pre'); pre.id = 'pc-test-log';\n"
            + "  pre.textContent = ['raisedBy=' + text('sw_prop_pcwf_raisedBy'), 'practitioner=' + text('sw_prop_pcwf_challengedPractitioner'),\n"
            + "    'empty=' + text('sw_prop_pcwf_other'), 'errors=' + errors.join('; ')].join('\\n'); document.body.appendChild(pre); }\n"
            + "window.addEventListener('load', function() { (function poll() { if (settled()) { setTimeout(readPage, 20); } else { setTimeout(poll, 20); } })(); });\n"
            + "</script></body></html>\n";

        String dom = chromium.run(List.of("--dump-dom", share.page("person.html", page)));

        Matcher log = Pattern.compile("(?s)<pre id=\"pc-test-log\">(.*?)</pre>").matcher(dom);
        assertThat(log.find()).as("the reader's script wrote its log; page:\n%s", dom).isTrue();
        assertThat(log.group(1).split("\n")).containsExactly("raisedBy=Pat Police", "practitioner=gone.user",
            "empty=" + DashletHarness.text("practicechallenge.form.noValue"), "errors=");
        assertThat(share.calls("/api/people/pat.police")).hasSize(1);
    }

    private static String render(String name, String value)
    {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("label", "Raised by");
        field.put("name", name);
        field.put("value", value);
        field.put("disabled", true);
        field.put("control", Map.of("params", Map.of()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("field", field);
        model.put("form", Map.of("mode", "edit"));
        model.put("fieldHtmlId", "sw_" + name);
        return DashletHarness.render(TEMPLATE.substring(1), model, Map.of(), "/share");
    }

    private static String controlOf(Element field)
    {
        assertThat(field).as("the form has the field").isNotNull();
        List<Element> controls = ModuleFiles.children(field, "control");
        return controls.isEmpty() ? null : controls.get(0).getAttribute("template");
    }
}
