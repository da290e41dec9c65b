package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Nothing is recorded that nobody chose: how a discussion took place, how the family was told and the practice issue
 * start unchosen ("Choose one"), where Share's own list would have selected "Meeting" or the first category.
 * choose-one.ftl rendered with FreeMarker as Share's form runtime gives it a field with a list constraint.
 */
class ChooseOneControlTest
{
    static final String TEMPLATE = "/org/practicechallenge/components/form/controls/choose-one.ftl";
    static final ShareConfig CONFIG = new ShareConfig(ModuleFiles.SHARE_CONFIG);
    /** As Share's FormUIGet passes a LIST constraint: "code|Label" joined by its own separator. */
    static final String OPTIONS = "meeting|Meeting#alf#telephone|Telephone call#alf#correspondence|Correspondence";

    @Test
    void everyListAPersonAnswersOnAFormStartsUnchosen()
    {
        for (String taskType : List.of("pcwf:stageResponseTask", "pcwf:stageDecisionTask", "pcwf:practiceReviewGroupTask"))
        {
            assertThat(controlOf(CONFIG.form("task-type", taskType, "").field("pcwf:discussionMethod"))).as(taskType).isEqualTo(TEMPLATE);
        }
        assertThat(controlOf(CONFIG.form("task-type", "pcwf:familyInformedTask", "").field("pcwf:familyToldMethod"))).isEqualTo(TEMPLATE);
        for (String formId : List.of("", "professional-difference", "conference-challenge"))
        {
            Element category = CONFIG.form("string-compare", "activiti$pcPracticeChallenge", formId).field("pcwf:issueCategory");
            assertThat(controlOf(category)).as(formId).isEqualTo(TEMPLATE);
        }
    }

    @Test
    void untouchedTheListPostsNothingSoAMandatoryFieldMustBePicked()
    {
        String html = render("", false);

        assertThat(html).containsSubsequence("<select id=\"sw_prop_pcwf_discussionMethod\" name=\"prop_pcwf_discussionMethod\"",
            "<option value=\"\" selected=\"selected\">" + DashletHarness.text("practicechallenge.form.chooseOne") + "</option>",
            "<option value=\"meeting\">Meeting</option>", "<option value=\"telephone\">Telephone call</option>");
        assertThat(html).containsOnlyOnce("selected=\"selected\"");
    }

    @Test
    void aValueAlreadyChosenStaysChosenAndReadOnlyShowsItsLabel()
    {
        assertThat(render("telephone", false)).contains("<option value=\"telephone\" selected=\"selected\">Telephone call</option>")
            .doesNotContain("<option value=\"\" selected");
        assertThat(render("telephone", true)).doesNotContain("<select").contains(">Telephone call</span>");
    }

    private static String render(String value, boolean disabled)
    {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("label", "How the discussion took place");
        field.put("name", "prop_pcwf_discussionMethod");
        field.put("value", value);
        field.put("mandatory", true);
        field.put("disabled", disabled);
        field.put("help", "");
        field.put("control", Map.of("params", Map.of("options", OPTIONS, "optionSeparator", "#alf#")));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("field", field);
        model.put("form", Map.of("mode", "edit"));
        model.put("fieldHtmlId", "sw_prop_pcwf_discussionMethod");
        return DashletHarness.render(TEMPLATE.substring(1), model, Map.of(), "/share");
    }

    private static String controlOf(Element field)
    {
        assertThat(field).as("the form has the field").isNotNull();
        List<Element> controls = ModuleFiles.children(field, "control");
        return controls.isEmpty() ? null : controls.get(0).getAttribute("template");
    }
}
