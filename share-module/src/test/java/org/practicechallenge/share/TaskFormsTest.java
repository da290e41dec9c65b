package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptableObject;
import org.w3c.dom.Element;

/**
 * Task forms show what is being decided (the issue, the challenge as a link, the agencies by name) and offer nothing
 * the repository refuses or that means nothing to a social worker: no generic status, no empty document picker, no
 * immediate-welfare box on the Chair's route, and the withdrawal reason asked for exactly when withdrawing.
 */
class TaskFormsTest
{
    static final ShareConfig CONFIG = new ShareConfig(ModuleFiles.SHARE_CONFIG);
    static final List<String> CHALLENGE_TASKS = List.of("pcwf:stageResponseTask", "pcwf:stageDecisionTask",
        "pcwf:practiceReviewGroupTask", "pcwf:familyInformedTask");
    static final String LINK = "/org/practicechallenge/components/form/controls/challenge-link.ftl";
    static final String HANDLER_SCRIPT = "practice-challenge-share/workflow/withdrawal-reason.js";

    @Test
    void everyChallengeTaskShowsTheIssueReadOnlyAndTheChallengeAsALink()
    {
        for (String taskType : CHALLENGE_TASKS)
        {
            ShareConfig.Form form = CONFIG.form("task-type", taskType, "");
            for (String issue : List.of("pcwf:issueCategory", "pcwf:issueFacts", "pcwf:issueOpinion", "pcwf:immediateWelfareConcern", "bpm:dueDate",
                "pcwf:raisingAgency", "pcwf:respondingAgency"))
            {
                assertThat(form.shows(issue)).as("%s shows %s", taskType, issue).isTrue();
                assertThat(form.field(issue).getAttribute("read-only")).as("%s %s read-only", taskType, issue).isEqualTo("true");
            }
            for (ShareConfig.Form each : CONFIG.forms("task-type", taskType))
            {
                assertThat(controlOf(each.field("pcwf:challengeRef"))).as("%s %s", taskType, each).isEqualTo(LINK);
            }
        }
    }

    @Test
    void raiseFormsAskForFactsAndOpinionInSeparateMandatoryBoxes()
    {
        for (String formId : List.of("", "professional-difference", "conference-challenge"))
        {
            ShareConfig.Form form = CONFIG.form("string-compare", "activiti$pcPracticeChallenge", formId);
            assertThat(form.shows("pcwf:issueSummary")).as("%s: no single box mixing both", formId).isFalse();
            for (String box : List.of("pcwf:issueFacts", "pcwf:issueOpinion"))
            {
                assertThat(form.field(box).getAttribute("mandatory")).as("%s %s", formId, box).isEqualTo("true");
                assertThat(controlOf(form.field(box))).as("%s %s", formId, box).isEqualTo("/org/alfresco/components/form/controls/textarea.ftl");
            }
        }
    }

    @Test
    void theChairRecordsTheFamilyToldWithTheDayAndHowOrNotToldWithWhy()
    {
        ShareConfig.Form form = CONFIG.form("task-type", "pcwf:familyInformedTask", "");
        assertThat(form.shownIds()).contains("pcwf:familyInformedDate", "pcwf:familyToldMethod", "pcwf:familyNotToldReason");
        assertThat(form.field("pcwf:familyInformedDate").getAttribute("mandatory")).as("not told has no day").isNotEqualTo("true");
        assertThat(DashletHarness.text(form.field("pcwf:familyInformedDate").getAttribute("help-id"))).contains("say why");
        assertThat(CONFIG.form("task-type", "pcwf:familyInformedTask", "workflow-details").shownIds())
            .contains("pcwf:familyInformedDate", "pcwf:familyToldMethod", "pcwf:familyNotToldReason");
    }

    @Test
    void theCinCheckChairIsPickedFromAlfrescosPeopleNotTyped()
    {
        ShareConfig.Form start = CONFIG.form("string-compare", "activiti$pcCinStepDownCheck", "");
        assertThat(start.shows("pcwf:chair")).as("no user name typed").isFalse();
        assertThat(controlOf(start.field("pcwf:chairPerson"))).isEqualTo("/org/alfresco/components/form/controls/authority.ftl");
    }

    @Test
    void noTaskOffersTheGenericStatusAndChallengeTasksHaveNoDocumentPicker()
    {
        for (ShareConfig.Form form : CONFIG.forms())
        {
            if (form.evaluator.equals("task-type") && form.condition.startsWith("pcwf:"))
            {
                assertThat(form.shows("bpm:status")).as("%s", form).isFalse();
            }
        }
        for (String taskType : CHALLENGE_TASKS)
        {
            assertThat(CONFIG.form("task-type", taskType, "").shows("packageItems")).as(taskType).isFalse();
        }
    }

    @Test
    void theChairsStartFormDoesNotOfferTheImmediateWelfareConcernTheRepositoryRefuses()
    {
        assertThat(CONFIG.form("string-compare", "activiti$pcPracticeChallenge", "conference-challenge").shows("pcwf:immediateWelfareConcern"))
            .isFalse();
        assertThat(CONFIG.form("string-compare", "activiti$pcPracticeChallenge", "professional-difference").shows("pcwf:immediateWelfareConcern"))
            .isTrue();
    }

    @Test
    void theWithdrawalReasonIsCheckedByTheHandlerEveryFormPageLoads()
    {
        for (String taskType : List.of("pcwf:stageDecisionTask", "pcwf:practiceReviewGroupTask"))
        {
            Element reason = CONFIG.form("task-type", taskType, "").field("pcwf:withdrawalReason");
            assertThat(reason.getAttribute("mandatory")).as(taskType).isEqualTo("true");
            List<Element> constraints = ModuleFiles.elements(reason, "constraint");
            assertThat(constraints).as(taskType).hasSize(1);
            assertThat(constraints.get(0).getAttribute("type")).isEqualTo("MANDATORY");
            assertThat(constraints.get(0).getAttribute("validation-handler")).isEqualTo("PracticeChallenge.withdrawalReasonGiven");
            assertThat(DashletHarness.text(constraints.get(0).getAttribute("message-id"))).isEqualTo("Say why you are withdrawing the challenge.");
        }
        List<String> scripts = ModuleFiles.elements(CONFIG.document, "dependencies").stream()
            .flatMap(d -> ModuleFiles.children(d, "js").stream()).map(js -> js.getAttribute("src")).toList();
        assertThat(scripts).contains("/" + HANDLER_SCRIPT);
        assertThat(ModuleFiles.STATIC_RESOURCES.resolve(HANDLER_SCRIPT)).isRegularFile();
    }

    @Test
    void theWithdrawalReasonIsNeededWhenWithdrawingAndOnlyThen()
    {
        Context cx = Context.enter();
        try
        {
            ScriptableObject scope = cx.initStandardObjects();
            cx.evaluateString(scope, "var window = this;", "window", 1, null);
            cx.evaluateString(scope, ModuleFiles.read(ModuleFiles.STATIC_RESOURCES.resolve(HANDLER_SCRIPT)), HANDLER_SCRIPT, 1, null);
            String check = "function given(outcomeName, outcome, reason) { var elements = {}; elements[outcomeName] = { value: outcome };"
                + " return PracticeChallenge.withdrawalReasonGiven({ value: reason, form: { elements: elements } }, null, null, null, true, null); }";
            cx.evaluateString(scope, check, "check", 1, null);

            assertThat(eval(cx, scope, "given('prop_pcwf_stageOutcome', 'withdrawn', '')")).isEqualTo(false);
            assertThat(eval(cx, scope, "given('prop_pcwf_stageOutcome', 'withdrawn', '  \\n ')")).isEqualTo(false);
            assertThat(eval(cx, scope, "given('prop_pcwf_referralOutcome', 'withdrawn', '')")).isEqualTo(false);
            assertThat(eval(cx, scope, "given('prop_pcwf_stageOutcome', 'withdrawn', 'The family moved away.')")).isEqualTo(true);
            assertThat(eval(cx, scope, "given('prop_pcwf_stageOutcome', 'escalate', '')")).isEqualTo(true);
            assertThat(eval(cx, scope, "given('prop_pcwf_stageOutcome', '', '')")).as("no button pressed yet").isEqualTo(true);
        }
        finally
        {
            Context.exit();
        }
    }

    @Test
    void theChallengeLinkOpensTheChallengePageAndNeverShowsTheNodeReference()
    {
        String html = renderLink("workspace://SpacesStore/challenge-0007");
        assertThat(html).contains("href=\"/share/page/practice-challenge?nodeRef=workspace%3A%2F%2FSpacesStore%2Fchallenge-0007\"")
            .contains(">Open the challenge page</a>")
            .contains("practicechallenge/challenges/workspace/SpacesStore/challenge-0007/history");
        assertThat(html.replaceAll("(?s)<script.*?</script>", "").replaceAll("href=\"[^\"]*\"", "")).doesNotContain("workspace");

        assertThat(renderLink("")).contains("Not recorded yet").doesNotContain("<a ").doesNotContain("<script");
    }

    private static String renderLink(String value)
    {
        java.util.Map<String, Object> field = new java.util.LinkedHashMap<>();
        field.put("label", "Practice challenge");
        field.put("name", "prop_pcwf_challengeRef");
        field.put("value", value);
        field.put("disabled", true);
        field.put("control", java.util.Map.of("params", java.util.Map.of()));
        return DashletHarness.render(LINK.substring(1), java.util.Map.of("field", field, "fieldHtmlId", "tf_prop_pcwf_challengeRef",
            "form", java.util.Map.of("mode", "edit")), java.util.Map.of(), "/share");
    }

    private static Object eval(Context cx, ScriptableObject scope, String source)
    {
        return DashletHarness.toJava(cx.evaluateString(scope, source, "test", 1, null));
    }

    private static String controlOf(Element field)
    {
        assertThat(field).isNotNull();
        List<Element> controls = ModuleFiles.children(field, "control");
        return controls.isEmpty() ? null : controls.get(0).getAttribute("template");
    }
}
