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

/**
 * Nobody decides without reading what they decide on: a task form shows, under the link to the challenge page, the
 * last discussion on the record (here the decision that escalated it, not the lateness note recorded after it), with
 * facts apart from opinion and its author by name. challenge-link.ftl run in headless Chromium against a stand-in of
 * the history and people scripts (skipped without Chromium).
 */
class ChallengeLinkControlTest
{
    static final String TEMPLATE = "org/practicechallenge/components/form/controls/challenge-link.ftl";

    static HeadlessChromium chromium;
    static DashletServer share;

    @BeforeAll
    static void startShare() throws Exception
    {
        chromium = HeadlessChromium.find();
        if (chromium != null)
        {
            String history = SampleChallenge.history(true, SampleChallenge.ENTRY_RAISED, SampleChallenge.ENTRY_DECISION, SampleChallenge.ENTRY_LATE);
            share = new DashletServer(call -> call.equals(SampleChallenge.HISTORY) ? DashletServer.Answer.json(200, history)
                : call.equals("/api/people/cara.chair") ? DashletServer.Answer.json(200, "{\"firstName\":\"Cara\",\"lastName\":\"Chair\"}")
                : DashletServer.Answer.json(404, "{}"));
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
    void theTaskShowsTheLastDiscussionFactsApartFromOpinionByItsAuthorsName() throws Exception
    {
        assumeTrue(chromium != null, "Chromium not found; install Debian's chromium package to run the task form's link in a browser");
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("label", "Challenge");
        field.put("name", "prop_pcwf_challengeRef");
        field.put("value", SampleChallenge.NODE_REF);
        field.put("control", Map.of("params", Map.of()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("field", field);
        model.put("form", Map.of("mode", "edit"));
        model.put("fieldHtmlId", "t_challenge");
        String control = DashletHarness.render(TEMPLATE, model, Map.of(), "/share");
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Task</title></head><body>\n"
            + "<script>var errors = []; window.addEventListener('error', function(e) { errors.push(e.message); });</script>\n"
            + control
            + "<script>\n"
            + "function heading() { var h = document.querySelector('.practicechallenge-last-entry-heading'); return h ? h.textContent : ''; }\n"
            + "(function poll() { if (heading().indexOf('Cara') < 0) { setTimeout(poll, 20); return; }\n"
            + "  var lines = [].map.call(document.querySelectorAll('#t_challenge-last > div'), function(d) { return d.textContent; });\n"
            + "  var pre = document.createElement('pre'); pre.id = 'pc-test-log';\n"
            + "  pre.textContent = lines.concat(['reference=' + document.getElementById('t_challenge-reference').textContent, 'errors=' + errors.join('; ')]).join('\\n');\n"
            + "  document.body.appendChild(pre); })();\n"
            + "</script></body></html>\n";

        String dom = chromium.run(List.of("--dump-dom", share.page("task.html", page)));

        Matcher log = Pattern.compile("(?s)<pre id=\"pc-test-log\">(.*?)</pre>").matcher(dom);
        assertThat(log.find()).as("the page's script wrote its log; page:\n%s", dom).isTrue();
        assertThat(log.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").split("\n")).containsExactly(
            DashletHarness.text("practicechallenge.form.lastEntry.decision") + " \u00b7 Cara Chair",
            "Facts: Health said the report was sent on 30 Sep 2026 to an old address. <b>No copy</b> reached the chair.",
            "Professional opinion: The delay is not explained; escalating to line managers.",
            "Outcome: Escalated to Stage 2.",
            "Agreed actions: Health to resend the report by 16 Oct 2026.",
            "reference=PC-2026-0007 \u00b7 ",
            "errors=");
    }
}
