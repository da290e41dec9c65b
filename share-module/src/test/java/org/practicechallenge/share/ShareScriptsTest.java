package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptableObject;

/**
 * The document library script, the start-workflow customization and its client patch, run in Rhino against
 * small stand-ins for the parts of Share they call (YAHOO.Bubbling, Alfresco.util, the StartWorkflow widget).
 */
class ShareScriptsTest
{
    private Context cx;
    private ScriptableObject scope;

    @BeforeEach
    void enter()
    {
        cx = Context.enter();
        cx.setLanguageVersion(Context.VERSION_1_8);
        scope = cx.initStandardObjects();
        String messages = DashletHarness.GLOBAL.stringPropertyNames().stream()
            .map(k -> Json.write(k) + ":" + Json.write(DashletHarness.GLOBAL.getProperty(k))).collect(Collectors.joining(","));
        eval("var registered = {}, navigations = [], requests = [];"
            + "var YAHOO = { Bubbling: { fire: function(event, args) {"
            + "  if (event == 'registerAction') registered[args.actionName] = args.fn;"
            + "  if (event == 'registerRenderer') registered[args.propertyName] = args.renderer; } } };"
            + "var Alfresco = { messages: { global: {" + messages + "} }, constants: { URL_SERVICECONTEXT: '/share/service/', MENU_ARROW_SYMBOL: 'v' },"
            + "  component: {}, util: {"
            + "    encodeHTML: function(t) { return String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); },"
            + "    message: function(key, scope, tokens) { var m = Alfresco.messages.global[key]; if (m === undefined) return key;"
            + "      return m.replace(/\\{(\\d+)\\}/g, function(x, i) { return tokens[i]; }); },"
            + "    fromISO8601: function(iso) { return iso; },"
            + "    formatDate: function(date, format) { return 'formatted ' + date; },"
            + "    siteURL: function(page) { return '/share/page/site/cases/' + page; },"
            + "    navigateTo: function(url, method, body) { navigations.push({ url: url, method: method, body: body }); },"
            + "    generateDomId: function() { return 'gen1'; },"
            + "    Ajax: { request: function(config) { requests.push(config); } } } };");
    }

    @AfterEach
    void exit()
    {
        Context.exit();
    }

    @Test
    void raiseActionsOpenTheStartWorkflowPageWithTheCaseFolderAndTheChosenForm()
    {
        load(ModuleFiles.STATIC_RESOURCES.resolve("practice-challenge-share/documentlibrary/practice-challenge-doclib.js"));

        eval("var record = { nodeRef: 'workspace://SpacesStore/case-C123', jsNode: { properties: {} } };"
            + "var owner = {};"
            + "registered.onActionPracticeChallengeRaise.call({ getAction: function(r, o) { return { params: {"
            + "  workflowDefinition: 'activiti$pcPracticeChallenge', formId: 'conference-challenge' } }; } }, record, owner);");

        assertThat(eval("navigations.length")).isEqualTo(1.0);
        assertThat(eval("navigations[0].url")).isEqualTo("/share/page/site/cases/start-workflow");
        assertThat(eval("navigations[0].method")).isEqualTo("POST");
        assertThat(eval("JSON.stringify(navigations[0].body)")).isEqualTo("{\"selectedItems\":\"workspace://SpacesStore/case-C123\","
            + "\"destination\":\"workspace://SpacesStore/case-C123\",\"pcWorkflowDefinition\":\"activiti$pcPracticeChallenge\","
            + "\"pcFormId\":\"conference-challenge\"}");
    }

    @Test
    void challengeFoldersShowStageStatusDueDateAndAgenciesByName()
    {
        load(ModuleFiles.STATIC_RESOURCES.resolve("practice-challenge-share/documentlibrary/practice-challenge-doclib.js"));
        eval("var challenge = { jsNode: { properties: { pc_reference: 'PC-2026-0007', pc_stage: 'stage3', pc_status: 'open',"
            + " pc_dueDate: { iso8601: '2026-10-20T00:00:00.000Z' }, pc_overdue: true, pc_raisingAgency: 'safeguardingUnit',"
            + " pc_respondingAgency: 'youthJustice', pc_kind: 'conferenceChallenge' } } };"
            + "function render(name) { return registered[name](challenge, '<em>Label</em>: '); }");

        assertThat(eval("render('pcStage')")).isEqualTo("<span class=\"item\"><em>Label</em>: Stage 3</span>");
        assertThat(eval("render('pcStatus')")).isEqualTo("<span class=\"item\"><em>Label</em>: Open</span>");
        assertThat(eval("render('pcKind')")).isEqualTo("<span class=\"item\"><em>Label</em>: Conference challenge</span>");
        assertThat((String) eval("render('pcDue')")).contains("formatted 2026-10-20T00:00:00.000Z")
            .contains("practicechallenge-overdue\">Overdue<");
        assertThat(eval("render('pcAgencies')")).isEqualTo("<span class=\"item\"><em>Label</em>: Safeguarding Unit with youthJustice</span>");

        eval("challenge.jsNode.properties.pc_status = 'resolved';");
        assertThat(eval("render('pcDue')")).as("no due date once the challenge is closed").isEqualTo("");
    }

    @Test
    void caseFoldersShowTheChildAndTheirOpenChallenges()
    {
        load(ModuleFiles.STATIC_RESOURCES.resolve("practice-challenge-share/documentlibrary/practice-challenge-doclib.js"));
        eval("var caseFolder = { jsNode: { properties: { pc_childIdentifier: 'C123', pc_childName: 'Alex',"
            + " pc_openChallengeCount: 2, pc_highestOpenStage: 'stage2', pc_anyOverdue: 'true' } } };");

        assertThat(eval("registered.pcChild(caseFolder, '')")).isEqualTo("<span class=\"item\">Alex (C123)</span>");
        assertThat((String) eval("registered.pcOpenChallenges(caseFolder, '')")).contains("2, highest stage Stage 2").contains("Overdue");
        eval("caseFolder.jsNode.properties.pc_openChallengeCount = 0;");
        assertThat(eval("registered.pcOpenChallenges(caseFolder, '')")).isEqualTo("<span class=\"item\">None</span>");
    }

    @Test
    void theStartWorkflowPageAcceptsOnlyOurProcessesAndForms()
    {
        String customization = ModuleFiles.read(ModuleFiles.SITE_WEBSCRIPTS.resolve("org/practicechallenge/customizations/workflow/start-workflow.get.js"));
        eval("var model = { widgets: [{ name: 'Alfresco.component.StartWorkflow', options: {} }] };"
            + "var page = { url: { args: { pcWorkflowDefinition: 'activiti$pcPracticeChallenge', pcFormId: 'conference-challenge' } } };");
        eval(customization);
        assertThat(eval("model.widgets[0].options.pcWorkflowDefinition")).isEqualTo("activiti$pcPracticeChallenge");
        assertThat(eval("model.widgets[0].options.pcFormId")).isEqualTo("conference-challenge");

        eval("model = { widgets: [{ name: 'Alfresco.component.StartWorkflow', options: {} }] };"
            + "page.url.args = { pcWorkflowDefinition: 'activiti$pcPracticeChallenge', pcFormId: 'search' };");
        eval(customization);
        assertThat(eval("model.widgets[0].options.pcFormId")).as("an unknown form id falls back to the default form").isNull();

        eval("model = { widgets: [{ name: 'Alfresco.component.StartWorkflow', options: {} }] };"
            + "page.url.args = { pcWorkflowDefinition: 'activiti$pcCinStepDownCheck' };");
        eval(customization);
        assertThat(eval("model.widgets[0].options.pcWorkflowDefinition")).as("the CiN check, with its one start form")
            .isEqualTo("activiti$pcCinStepDownCheck");
        assertThat(eval("model.widgets[0].options.pcFormId")).isNull();

        eval("model = { widgets: [{ name: 'Alfresco.component.StartWorkflow', options: {} }] };"
            + "page.url.args = { pcWorkflowDefinition: 'activiti$activitiAdhoc' };");
        eval(customization);
        assertThat(eval("model.widgets[0].options.pcWorkflowDefinition")).isNull();
    }

    @Test
    void theStartWorkflowWidgetLoadsTheChosenStartFormAtOnce()
    {
        eval("var shareReady = 0;"
            + "Alfresco.component.StartWorkflow = function() {};"
            + "Alfresco.component.StartWorkflow.prototype = { onReady: function() { shareReady++; this.widgets = { workflowDefinitionMenuButton:"
            + "  { set: function(name, value) { this[name] = value; } } }; return 'ready'; },"
            + "  msg: function(key) { return key; }, onWorkflowFormLoaded: function() {} };");
        load(ModuleFiles.STATIC_RESOURCES.resolve("practice-challenge-share/workflow/start-workflow-preselect.js"));

        eval("var widget = new Alfresco.component.StartWorkflow(); widget.id = 'sw';"
            + "widget.options = { destination: 'workspace://SpacesStore/case-C123', pcWorkflowDefinition: 'activiti$pcPracticeChallenge',"
            + "  pcFormId: 'professional-difference', workflowDefinitions: [{ name: 'activiti$activitiAdhoc', title: 'Adhoc' },"
            + "  { name: 'activiti$pcPracticeChallenge', title: 'Practice challenge', description: 'Raise' }] };"
            + "var result = widget.onReady();");

        assertThat(eval("result")).isEqualTo("ready");
        assertThat(eval("shareReady")).isEqualTo(1.0);
        assertThat(eval("requests.length")).isEqualTo(1.0);
        assertThat(eval("requests[0].url")).isEqualTo("/share/service/components/form");
        assertThat(eval("requests[0].dataObj.itemId")).isEqualTo("activiti$pcPracticeChallenge");
        assertThat(eval("requests[0].dataObj.formId")).isEqualTo("professional-difference");
        assertThat(eval("requests[0].dataObj.destination")).isEqualTo("workspace://SpacesStore/case-C123");
        assertThat(eval("widget.widgets.workflowDefinitionMenuButton.label")).isEqualTo("Practice challenge v");

        eval("requests = []; var plain = new Alfresco.component.StartWorkflow(); plain.options = { workflowDefinitions: [] }; plain.onReady();");
        assertThat(eval("requests.length")).as("Share's own behaviour when not opened from a case folder").isEqualTo(0.0);
    }

    @Test
    void aRefusedStartShowsTheRuleWithoutTheJavaClassAlfrescoPutsBeforeIt()
    {
        // What a real Share showed: Alfresco's form.post.json.js passes on Rhino's "<class>: <message>".
        eval("var shown = null;"
            + "Alfresco.component.StartWorkflow = function() {};"
            + "Alfresco.component.StartWorkflow.prototype = { onReady: function() {}, msg: function(key) { return key; },"
            + "  onFormSubmitFailure: function(response) { shown = response.json.message.replace('org.alfresco.service.cmr.workflow.WorkflowException:', ''); } };");
        load(ModuleFiles.STATIC_RESOURCES.resolve("practice-challenge-share/workflow/start-workflow-preselect.js"));

        eval("new Alfresco.component.StartWorkflow().onFormSubmitFailure({ json: { message: "
            + "'org.practicechallenge.workflow.ChallengeRejected: Raising agency: you are not in any of Police\\'s groups' } });");
        assertThat(eval("shown")).isEqualTo("Raising agency: you are not in any of Police's groups");

        eval("new Alfresco.component.StartWorkflow().onFormSubmitFailure({ json: { message: 'Something else went wrong' } });");
        assertThat(eval("shown")).as("other failures reach Share's handler unchanged").isEqualTo("Something else went wrong");
    }

    private Object eval(String source)
    {
        return DashletHarness.toJava(cx.evaluateString(scope, source, "test", 1, null));
    }

    private void load(Path file)
    {
        cx.evaluateString(scope, ModuleFiles.read(file), file.getFileName().toString(), 1, null);
    }
}
