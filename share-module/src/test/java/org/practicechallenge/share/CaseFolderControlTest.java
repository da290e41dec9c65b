package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The case folder control of the start forms, rendered with the control params the share config gives it:
 * the folder the action opened the page from is posted as pcwf:caseFolder, and without one the hint names
 * the action of the process being started.
 */
class CaseFolderControlTest
{
    static final String TEMPLATE = "org/practicechallenge/components/form/controls/case-folder.ftl";
    static final String CASE_FOLDER = "workspace://SpacesStore/6f1c2a7e-case-C123";
    static final ShareConfig CONFIG = new ShareConfig(ModuleFiles.SHARE_CONFIG);

    @Test
    void theCinCheckStartedFromTheCaseFolderPostsTheFolderAsItsCaseFolder()
    {
        String html = render(CONFIG.form("string-compare", "activiti$pcCinStepDownCheck", ""), CASE_FOLDER);

        assertThat(html).contains("name=\"prop_pcwf_caseFolder\" value=\"" + CASE_FOLDER + "\"")
            .contains(DashletHarness.text("practicechallenge.form.caseFolder.selected.cinCheck"))
            .doesNotContain("challenge was raised from");
    }

    @Test
    void aCinCheckStartedWithoutAFolderPointsToTheCinCheckActionNotToRaisingAChallenge()
    {
        String html = render(CONFIG.form("string-compare", "activiti$pcCinStepDownCheck", ""), null);

        assertThat(html).contains("value=\"\"").contains("Start the six-week CiN check")
            .doesNotContain("Raise practice challenge").doesNotContain("Raise conference challenge");
    }

    @Test
    void aChallengeRaisedFromTheCaseFolderKeepsItsOwnWording()
    {
        String raised = render(CONFIG.form("string-compare", "activiti$pcPracticeChallenge", "conference-challenge"), CASE_FOLDER);
        assertThat(raised).contains("value=\"" + CASE_FOLDER + "\"")
            .contains(DashletHarness.text("practicechallenge.form.caseFolder.selected"));

        String missing = render(CONFIG.form("string-compare", "activiti$pcPracticeChallenge", "professional-difference"), null);
        assertThat(missing).contains("Raise practice challenge").doesNotContain("CiN check");
    }

    /** As Share's form runtime gives a control its field: label, name, value, help and the control params. */
    private static String render(ShareConfig.Form form, String destination)
    {
        Element field = form.field("pcwf:caseFolder");
        Map<String, Object> params = new LinkedHashMap<>();
        for (Element param : ModuleFiles.elements(field, "control-param"))
        {
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }
        Map<String, Object> fieldModel = new LinkedHashMap<>();
        fieldModel.put("label", "Case folder");
        fieldModel.put("name", "prop_pcwf_caseFolder");
        fieldModel.put("value", "");
        fieldModel.put("mandatory", true);
        fieldModel.put("help", DashletHarness.text(field.getAttribute("help-id")));
        fieldModel.put("control", Map.of("params", params));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("field", fieldModel);
        model.put("fieldHtmlId", "sw_prop_pcwf_caseFolder");
        Map<String, Object> args = new LinkedHashMap<>();
        if (destination != null)
        {
            args.put("destination", destination);
        }
        return DashletHarness.render(TEMPLATE, model, args, "/share");
    }
}
