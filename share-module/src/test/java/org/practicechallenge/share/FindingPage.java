package org.practicechallenge.share;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The "Practice challenges" page and the "My practice challenges" dashlet as the repository's challenges web script
 * answers for them (the JSON ChallengesGet writes): Sally, a social worker, with a challenge about her practice and
 * one she raised that is resolved; a child's case folder with two challenges; Cara, a conference chair, with one
 * six-week Child in Need check still to come.
 */
final class FindingPage
{
    static final Path COMPONENT = ModuleFiles.SITE_WEBSCRIPTS.resolve("org/practicechallenge/components/challenges");
    static final String TEMPLATE = "org/practicechallenge/components/challenges/challenges.get.html.ftl";
    static final Properties BUNDLE = ModuleFiles.properties(COMPONENT.resolve("challenges.get.properties"));
    static final Path DASHLET_SCRIPT = ModuleFiles.DASHLET.resolve("my-challenges.get.js");
    static final String DASHLET_TEMPLATE = "org/practicechallenge/components/dashlets/my-challenges.get.html.ftl";
    static final Properties DASHLET_BUNDLE = ModuleFiles.properties(ModuleFiles.DASHLET.resolve("my-challenges.get.properties"));
    static final String HTML_ID = "page_x002e_challenge_x002e_practice-challenges";
    static final String SCRIPT = "/practicechallenge/challenges";
    static final String CASE_FOLDER = "workspace://SpacesStore/case-C123";

    static final String ABOUT_SALLY = "{\"nodeRef\":\"workspace://SpacesStore/challenge-0009\",\"reference\":\"PC-2026-0009\","
        + "\"issueSummary\":\"The assessment did not ask the school about attendance.\",\"kind\":\"professionalDifference\","
        + "\"stage\":\"stage2\",\"status\":\"open\",\"raisingAgency\":\"education\",\"raisingAgencyName\":\"Education\","
        + "\"respondingAgency\":\"socialCare\",\"respondingAgencyName\":\"Children's Social Care\","
        + "\"raisedDate\":\"2026-10-01T23:15:00.000Z\",\"raisedDay\":\"2026-10-02\",\"dueDate\":\"2026-10-20\",\"overdue\":true,"
        + "\"caseFolder\":{\"nodeRef\":\"" + CASE_FOLDER + "\",\"readable\":true,\"childIdentifier\":\"C123\",\"childName\":\"Alex Smith\"}"
        + ",\"yourPart\":\"challenged\"}";
    static final String RAISED_BY_SALLY = "{\"nodeRef\":\"workspace://SpacesStore/challenge-0004\",\"reference\":\"PC-2026-0004\","
        + "\"issueSummary\":\"The health visitor's report was not shared.\",\"kind\":\"professionalDifference\","
        + "\"stage\":\"stage1\",\"status\":\"resolved\",\"raisingAgency\":\"socialCare\",\"raisingAgencyName\":\"Children's Social Care\","
        + "\"respondingAgency\":\"health\",\"respondingAgencyName\":\"Health\","
        + "\"raisedDate\":\"2026-09-14T10:00:00.000Z\",\"dueDate\":null,\"overdue\":false,"
        + "\"caseFolder\":{\"nodeRef\":\"workspace://SpacesStore/case-C456\",\"readable\":false,\"childIdentifier\":null,\"childName\":null}"
        + ",\"yourPart\":\"raised\"}";

    static String mine(String scheduledChecks, String... items)
    {
        return "{\"query\":{\"by\":\"mine\"},\"items\":[" + String.join(",", items) + "],\"hasMoreItems\":false,"
            + "\"scheduledChecks\":[" + scheduledChecks + "]}";
    }

    static final String CARAS_CHECK = "{\"caseFolder\":{\"nodeRef\":\"" + CASE_FOLDER + "\",\"readable\":true,"
        + "\"childIdentifier\":\"C123\",\"childName\":\"Alex Smith\"},\"checkDate\":\"2026-11-12\"}";

    static String caseFolder(String... items)
    {
        return "{\"query\":{\"by\":\"caseFolder\",\"caseFolder\":{\"nodeRef\":\"" + CASE_FOLDER + "\",\"readable\":true,"
            + "\"childIdentifier\":\"C123\",\"childName\":\"Alex Smith\"}},\"items\":[" + String.join(",", items)
            + "],\"hasMoreItems\":false}";
    }

    static String child(String identifier, String... items)
    {
        return "{\"query\":{\"by\":\"childIdentifier\",\"childIdentifier\":\"" + identifier + "\"},\"items\":["
            + String.join(",", items) + "],\"hasMoreItems\":false}";
    }

    static DashletHarness.FakeRemote repository(int status, String body)
    {
        return new DashletHarness.FakeRemote().answer(SCRIPT, status, body);
    }

    static Map<String, Object> model(DashletHarness.FakeRemote remote, Map<String, String> pageArgs)
    {
        return DashletHarness.runController(COMPONENT.resolve("challenges.get.js"), BUNDLE, remote, Map.of(), pageArgs);
    }

    static String render(Map<String, Object> model)
    {
        return DashletHarness.render(TEMPLATE, model, Map.of("htmlid", HTML_ID), "/share", BUNDLE);
    }

    static Map<String, Object> dashletModel(DashletHarness.FakeRemote remote)
    {
        return DashletHarness.runController(DASHLET_SCRIPT, DASHLET_BUNDLE, remote, Map.of(), Map.of());
    }

    static String renderDashlet(Map<String, Object> model)
    {
        return DashletHarness.render(DASHLET_TEMPLATE, model, Map.of("htmlid", HTML_ID + "-dashlet"), "/share", DASHLET_BUNDLE);
    }

    static String text(String key)
    {
        return DashletHarness.text(BUNDLE, key);
    }

    private FindingPage()
    {
    }
}
