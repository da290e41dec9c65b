package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A refusal from the repository is shown beside the field it names, in plain words: the prompt loses the Java and
 * Activiti wrappers, the field is marked and its rule written under it. refusal-on-field.js run in headless Chromium
 * on a form laid out as Share lays one out, with Share's prompt stood in for (skipped without Chromium).
 */
class RefusalOnFieldTest
{
    static final String SCRIPT = "practice-challenge-share/workflow/refusal-on-field.js";
    static final String RULE = "pat.police is not in any of Children's Social Care's groups, so cannot answer for Children's Social Care";

    static HeadlessChromium chromium;
    static DashletServer share;

    @BeforeAll
    static void startShare() throws Exception
    {
        chromium = HeadlessChromium.find();
        if (chromium != null)
        {
            share = new DashletServer(call -> DashletServer.Answer.json(404, "{}"));
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
    void everyFormPageLoadsTheScript()
    {
        assertThat(ModuleFiles.SHARE_CONFIG).content().contains("<js src=\"/" + SCRIPT + "\" />");
        assertThat(ModuleFiles.STATIC_RESOURCES.resolve(SCRIPT)).isRegularFile();
    }

    @Test
    void aRefusalBehindWrappersIsShownPlainlyBesideTheFieldItNames() throws Exception
    {
        List<String> shown = run("Exception while invoking TaskListener: Exception while invoking TaskListener: Practitioner challenged: " + RULE);

        assertThat(shown).containsExactly(
            "prompt=Practitioner challenged: " + RULE,
            "marked=practitioner",
            "rule=" + RULE,
            "errors=");
    }

    @Test
    void theLongestLabelWinsSoFactsAsRaisedIsNotTakenForFacts() throws Exception
    {
        List<String> shown = run("Facts as raised: must be plain text without markup or script");

        assertThat(shown).containsExactly("prompt=Facts as raised: must be plain text without markup or script",
            "marked=raisedFacts", "rule=must be plain text without markup or script", "errors=");
    }

    @Test
    void aMessageNamingNoFieldIsLeftAsItIsAndNothingIsMarked() throws Exception
    {
        List<String> shown = run("The challenge was closed by someone else while you were answering");

        assertThat(shown).containsExactly("prompt=The challenge was closed by someone else while you were answering",
            "marked=", "rule=", "errors=");
    }

    @Test
    void theRuleGoesOnceThePersonTypesAgainOrPicksSomeoneElse() throws Exception
    {
        String refusal = "Practitioner challenged: " + RULE;

        assertThat(run(refusal, "var f = document.getElementById('f'); f.value = 'x'; f.dispatchEvent(new Event('input', { bubbles: true }));"))
            .as("typing in another field leaves it").contains("marked=practitioner");
        assertThat(run(refusal, "var p = document.getElementById('p'); p.dispatchEvent(new Event('change', { bubbles: true }));"))
            .contains("marked=", "rule=");
        assertThat(run(refusal, "YAHOO.Bubbling.fire('formValueChanged');"))
            .as("Share's people picker says so through Bubbling").contains("marked=", "rule=");
    }

    private static List<String> run(String refusal) throws Exception
    {
        return run(refusal, "");
    }

    private static List<String> run(String refusal, String afterwards) throws Exception
    {
        assumeTrue(chromium != null, "Chromium not found; install Debian's chromium package to run the refusal script in a browser");
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Task</title></head><body>\n"
            + "<script>var errors = []; window.addEventListener('error', function(e) { errors.push(e.message); });\n"
            + "var prompts = []; window.Alfresco = { util: { PopupManager: { displayPrompt: function(c) { prompts.push(c.text); } } } };\n"
            + "var heard = {}; window.YAHOO = { Bubbling: { on: function(e, f) { (heard[e] = heard[e] || []).push(f); },\n"
            + "  fire: function(e) { (heard[e] || []).forEach(function(f) { f(e); }); } } };</script>\n"
            + "<form id=\"task\">\n"
            + "<div class=\"form-field\" id=\"raisedFacts\"><div class=\"viewmode-field\"><span class=\"viewmode-label\">Facts as raised:</span>"
            + "<span class=\"viewmode-value\">A visit.</span></div></div>\n"
            + "<div class=\"form-field\" id=\"facts\"><label for=\"f\">Facts:<span class=\"mandatory-indicator\">*</span></label><textarea id=\"f\"></textarea></div>\n"
            + "<div class=\"form-field\" id=\"practitioner\"><label for=\"p\">Practitioner challenged:</label><input id=\"p\" type=\"hidden\"></div>\n"
            + "</form>\n"
            + "<script src=\"/share/res/" + SCRIPT + "\"></script>\n"
            + "<script>\n"
            + "Alfresco.util.PopupManager.displayPrompt({ text: " + Json.write(refusal) + " });\n"
            + afterwards + "\n"
            + "var marked = [].map.call(document.querySelectorAll('.practicechallenge-refused'), function(f) { return f.id; }).join(',');\n"
            + "var rules = [].map.call(document.querySelectorAll('.practicechallenge-refusal'), function(r) { return r.textContent; }).join('|');\n"
            + "var pre = document.createElement('pre'); pre.id = 'pc-test-log';\n"
            + "pre.textContent = ['prompt=' + prompts.join('|'), 'marked=' + marked, 'rule=' + rules, 'errors=' + errors.join('; ')].join('\\n');\n"
            + "document.body.appendChild(pre);\n"
            + "</script></body></html>\n";
        String dom = chromium.run(List.of("--dump-dom", share.page("refusal.html", page)));
        Matcher log = Pattern.compile("(?s)<pre id=\"pc-test-log\">(.*?)</pre>").matcher(dom);
        assertThat(log.find()).as("the page's script wrote its log; page:\n%s", dom).isTrue();
        return List.of(log.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").split("\n", -1));
    }
}
