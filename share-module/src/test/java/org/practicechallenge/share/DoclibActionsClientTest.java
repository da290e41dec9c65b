package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The case folder's actions clicked in headless Chromium, on a page that defines only what Share's global
 * scope really holds (YAHOO.Bubbling, Alfresco.util.siteURL, Alfresco.util.navigateTo, Alfresco.doclib.Actions
 * and a document list that registers actions through it): no "$siteURL", which Share keeps as a local alias
 * inside its own files (share/src/main/webapp/components/documentlibrary/actions.js). The case folder record
 * carries the actions with the params of our share-config-custom.xml, as Share's doclist data does.
 * Skipped when Chromium is not installed (Debian package "chromium").
 */
class DoclibActionsClientTest
{
    static final Path PAGE_DIR = Paths.get("target/doclib-page").toAbsolutePath();
    static final String CASE_FOLDER = "workspace://SpacesStore/6f1c2a7e-case-C123";
    static final Path DOCLIB_SCRIPT = ModuleFiles.STATIC_RESOURCES.resolve("practice-challenge-share/documentlibrary/practice-challenge-doclib.js");

    static HeadlessChromium chromium;
    static String dom;

    @BeforeAll
    static void clickEveryActionOnACaseFolder() throws Exception
    {
        chromium = HeadlessChromium.find();
        assumeTrue(chromium != null, "Chromium not found at " + System.getProperty("practicechallenge.chromium", "/usr/bin/chromium")
            + " or on the PATH; install Debian's chromium package to run the document library actions in a browser");
        Files.createDirectories(PAGE_DIR);
        Path page = PAGE_DIR.resolve("case-folder.html");
        Files.writeString(page, page(caseFolderRecord(), ModuleFiles.read(DOCLIB_SCRIPT)));
        dom = chromium.dumpDom(page);
    }

    @Test
    void raisePracticeChallengeOpensTheProfessionalDifferenceStartFormWithTheCaseFolder()
    {
        assertThat(errors()).as("errors thrown by the action handlers").isEmpty();
        Map<String, String> post = navigation("practicechallenge-raise-practice-challenge");
        assertThat(post).containsEntry("method", "POST")
            .containsEntry("url", "/share/page/site/child-cases/start-workflow")
            .containsEntry("pcWorkflowDefinition", "activiti$pcPracticeChallenge")
            .containsEntry("selectedItems", CASE_FOLDER)
            .containsEntry("destination", CASE_FOLDER)
            .containsEntry("pcFormId", "professional-difference");
    }

    @Test
    void raiseConferenceChallengeOpensTheStartFormWithTheConferenceKindPreselected()
    {
        assertThat(errors()).as("errors thrown by the action handlers").isEmpty();
        Map<String, String> post = navigation("practicechallenge-raise-conference-challenge");
        assertThat(post).containsEntry("method", "POST")
            .containsEntry("url", "/share/page/site/child-cases/start-workflow")
            .containsEntry("pcWorkflowDefinition", "activiti$pcPracticeChallenge")
            .containsEntry("selectedItems", CASE_FOLDER)
            .containsEntry("destination", CASE_FOLDER)
            .containsEntry("pcFormId", "conference-challenge");
    }

    @Test
    void startTheSixWeekCinCheckOpensItsStartFormWithTheCaseFolder()
    {
        assertThat(errors()).as("errors thrown by the action handlers").isEmpty();
        Map<String, String> post = navigation("practicechallenge-start-cin-check");
        assertThat(post).containsEntry("method", "POST")
            .containsEntry("url", "/share/page/site/child-cases/start-workflow")
            .containsEntry("pcWorkflowDefinition", "activiti$pcCinStepDownCheck")
            .containsEntry("selectedItems", CASE_FOLDER)
            .containsEntry("destination", CASE_FOLDER)
            .as("the CiN check has one start form").doesNotContainKey("pcFormId");
    }

    /** The case folder as Share's doclist JSON gives it: nodeRef, site, and its actions with their params. */
    private static Map<String, Object> caseFolderRecord()
    {
        List<Object> actions = new ArrayList<>();
        for (Element action : ModuleFiles.elements(new ShareConfig(ModuleFiles.SHARE_CONFIG).section("DocLibActions").get(0), "action"))
        {
            // Share follows a pagelink itself (the challenge page's "View" action); only javascript ones call our handler.
            if ("javascript".equals(action.getAttribute("type")))
            {
                Map<String, Object> params = new LinkedHashMap<>();
                ModuleFiles.children(action, "param").forEach(p -> params.put(p.getAttribute("name"), p.getTextContent().trim()));
                actions.add(Map.of("id", action.getAttribute("id"), "type", action.getAttribute("type"), "params", params));
            }
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("nodeRef", CASE_FOLDER);
        record.put("location", Map.of("site", Map.of("name", "child-cases")));
        record.put("jsNode", Map.of("isContainer", true, "properties", Map.of("pc_childIdentifier", "C123")));
        record.put("actions", actions);
        return record;
    }

    /** The module's script is inlined: a file:// script would report its errors only as "Script error.". */
    private static String page(Map<String, Object> record, String doclibScript)
    {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Case folder</title>\n"
            + "<script>\n"
            + "var currentAction = 'loading';\n"
            + "window.onerror = function(message) { var e = document.getElementById('errors');"
            + "  e.appendChild(document.createTextNode(currentAction + ': ' + message + '\\n')); };\n"
            // YUI and Alfresco's alfresco.js, reduced to what the action needs: Bubbling events, siteURL, navigateTo.
            + "var YAHOO = { Bubbling: { listeners: {},"
            + "  on: function(name, fn, scope) { (this.listeners[name] = this.listeners[name] || []).push({ fn: fn, scope: scope }); },"
            + "  fire: function(name, obj) { (this.listeners[name] || []).forEach(function(l) { l.fn.call(l.scope, name, [name, obj]); }); } } };\n"
            + "var Alfresco = { constants: { URL_PAGECONTEXT: '/share/page/', SITE: 'child-cases', PAGECONTEXT: '' }, doclib: {}, util: {} };\n"
            + "Alfresco.util.encodeHTML = function(t) { return String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;'); };\n"
            + "Alfresco.util.message = function(key) { return key; };\n"
            // sitepage template /site/{site}/{pageid}: the current site unless one is given.
            + "Alfresco.util.siteURL = function(pageURI, obj) { var site = (obj && obj.site) || Alfresco.constants.SITE;"
            + "  return Alfresco.constants.URL_PAGECONTEXT + (site ? 'site/' + site + '/' : '') + pageURI; };\n"
            // Share posts a hidden form with every parameter that has a value; the page lists what it would post.
            + "Alfresco.util.navigateTo = function(uri, method, parameters) { var out = document.getElementById('navigation-' + currentAction);"
            + "  var lines = ['method=' + (method ? method.toUpperCase() : 'GET'), 'url=' + uri];"
            + "  for (var name in parameters) { if (parameters.hasOwnProperty(name) && parameters[name]) lines.push(name + '=' + parameters[name]); }"
            + "  out.appendChild(document.createTextNode(lines.join('\\n'))); };\n"
            // Alfresco.doclib.Actions: registerAction keeps the handler; getAction finds the action by the owner's first class.
            + "Alfresco.doclib.Actions = {}; Alfresco.doclib.Actions.prototype = {"
            + "  onRegisterAction: function(layer, args) { var obj = args[1]; this.registerAction(obj.actionName, obj.fn); },"
            + "  registerAction: function(name, fn) { this[name] = fn; },"
            + "  getAction: function(record, owner) { var id = owner.className.match(/([^\\s])*/)[0];"
            + "    var found = record.actions.filter(function(a) { return a.id === id; })[0] || {};"
            + "    return JSON.parse(JSON.stringify(found)); } };\n"
            + "function DocumentList() { YAHOO.Bubbling.on('registerAction', this.onRegisterAction, this); }\n"
            + "DocumentList.prototype = Object.create(Alfresco.doclib.Actions.prototype);\n"
            + "var documentList = new DocumentList();\n"
            + "</script>\n"
            + "<script>\n" + doclibScript + "\n</script>\n"
            + "</head><body><div id=\"actions\"></div><pre id=\"errors\"></pre>\n"
            + "<script>\n"
            + "var record = " + Json.write(record) + ";\n"
            // Share's document list draws each action in a div classed with its id and calls params.function on click.
            + "record.actions.forEach(function(action) {"
            + "  var owner = document.createElement('div'); owner.className = action.id + ' action-set';"
            + "  var link = document.createElement('a'); link.href = '#'; link.textContent = action.id; owner.appendChild(link);"
            + "  var out = document.createElement('pre'); out.id = 'navigation-' + action.id;"
            + "  document.getElementById('actions').appendChild(owner); document.body.appendChild(out);"
            + "  link.addEventListener('click', function(event) { event.preventDefault();"
            + "    documentList[action.params['function']].call(documentList, record, owner); });"
            + "});\n"
            + "record.actions.forEach(function(action) { currentAction = action.id;"
            + "  document.querySelector('#actions .' + action.id + ' a').click(); });\n"
            + "currentAction = 'done';\n"
            + "</script></body></html>\n";
    }

    private static String errors()
    {
        return text("errors");
    }

    /** What the action would post: method, url and each parameter with a value. */
    private static Map<String, String> navigation(String actionId)
    {
        Map<String, String> post = new LinkedHashMap<>();
        for (String line : text("navigation-" + actionId).split("\n"))
        {
            int equals = line.indexOf('=');
            if (equals > 0)
            {
                post.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        assertThat(post).as("what %s posted", actionId).isNotEmpty();
        return post;
    }

    private static String text(String id)
    {
        Matcher pre = Pattern.compile("(?s)<pre id=\"" + Pattern.quote(id) + "\">(.*?)</pre>").matcher(dom);
        assertThat(pre.find()).as("element %s in the page", id).isTrue();
        return pre.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").trim();
    }
}
