package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What a task shows but does not let anyone change reads as text, not as a greyed box that looks editable: the facts
 * and opinion as raised keep their line breaks, markup stays text, and the issue's category shows its label.
 */
class ReadOnlyTextControlTest
{
    static final String TEMPLATE = "/org/practicechallenge/components/form/controls/read-only-text.ftl";
    static final ShareConfig CONFIG = new ShareConfig(ModuleFiles.SHARE_CONFIG);

    @Test
    void theIssueAsRaisedIsTextOnEveryChallengeTask()
    {
        for (String taskType : TaskFormsTest.CHALLENGE_TASKS)
        {
            ShareConfig.Form form = CONFIG.form("task-type", taskType, "");
            for (String id : List.of("pcwf:issueFacts", "pcwf:issueOpinion", "pcwf:issueCategoryDescription"))
            {
                assertThat(controlOf(form.field(id))).as("%s %s", taskType, id).isEqualTo(TEMPLATE);
            }
            assertThat(controlOf(form.field("pcwf:issueCategory"))).as("%s category by its label", taskType)
                .isEqualTo(ChooseOneControlTest.TEMPLATE);
        }
    }

    @Test
    void lineBreaksAreKeptAndMarkupStaysText()
    {
        String html = render("Visit on Monday.\n<b>No</b> strategy meeting.");

        assertThat(html).contains("Visit on Monday.<br>&lt;b&gt;No&lt;/b&gt; strategy meeting.")
            .doesNotContain("<textarea").doesNotContain("<input").doesNotContain("name=");
        assertThat(render("")).contains(">" + DashletHarness.text("practicechallenge.form.noValue") + "</span>");
    }

    private static String render(String value)
    {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("label", "What happened (facts)");
        field.put("name", "prop_pcwf_issueFacts");
        field.put("value", value);
        field.put("disabled", true);
        field.put("control", Map.of("params", Map.of()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("field", field);
        model.put("form", Map.of("mode", "edit"));
        model.put("fieldHtmlId", "sw_prop_pcwf_issueFacts");
        return DashletHarness.render(TEMPLATE.substring(1), model, Map.of(), "/share");
    }

    private static String controlOf(Element field)
    {
        assertThat(field).as("the form has the field").isNotNull();
        List<Element> controls = ModuleFiles.children(field, "control");
        return controls.isEmpty() ? null : controls.get(0).getAttribute("template");
    }
}
