package org.practicechallenge.share;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * A practice challenge as the repository's history web script answers for it (the JSON ChallengeHistoryGet writes):
 * a conference challenge at Stage 2 with three case-record entries, the middle one a late answer, and the
 * repository's people API for the names on it. Also where the challenge page's files are.
 */
final class SampleChallenge
{
    static final Path COMPONENT = ModuleFiles.SITE_WEBSCRIPTS.resolve("org/practicechallenge/components/challenge");
    static final Path CLIENT = ModuleFiles.STATIC_RESOURCES.resolve("practice-challenge-share/components/challenge");
    static final String TEMPLATE = "org/practicechallenge/components/challenge/challenge.get.html.ftl";
    static final Properties BUNDLE = ModuleFiles.properties(COMPONENT.resolve("challenge.get.properties"));
    static final String HTML_ID = "page_x002e_challenge_x002e_practice-challenge";

    static final String NODE_REF = "workspace://SpacesStore/challenge-0007";
    static final String HISTORY = "/practicechallenge/challenges/workspace/SpacesStore/challenge-0007/history";

    static final String ENTRY_RAISED = "{\"kind\":\"raised\",\"stage\":\"stage1\",\"method\":null,"
        + "\"facts\":\"The review conference on 1 Oct 2026 went ahead without the school nurse's report.\","
        + "\"opinion\":\"Without it the plan for the child's health needs was not discussed.\",\"outcome\":null,\"cinOutcome\":null,"
        + "\"outcomeSummary\":null,\"agreedActions\":null,\"author\":\"cara.chair\",\"agency\":\"safeguardingUnit\","
        + "\"recordedAt\":\"2026-10-02T09:15:00.000Z\"}";
    static final String ENTRY_LATE = "{\"kind\":\"lateness\",\"stage\":\"stage1\",\"method\":null,"
        + "\"facts\":\"The Stage 1 response was due by Friday 9 October 2026 and was recorded on Monday 12 October 2026.\","
        + "\"opinion\":null,\"outcome\":null,\"cinOutcome\":null,\"outcomeSummary\":null,\"agreedActions\":null,"
        + "\"author\":\"hal.health\",\"agency\":\"health\",\"recordedAt\":\"2026-10-12T14:40:00.000Z\"}";
    static final String ENTRY_DECISION = "{\"kind\":\"decision\",\"stage\":\"stage1\",\"method\":\"telephone\","
        + "\"facts\":\"Health said the report was sent on 30 Sep 2026 to an old address. <b>No copy</b> reached the chair.\","
        + "\"opinion\":\"The delay is not explained; escalating to line managers.\",\"outcome\":\"escalate\",\"cinOutcome\":null,"
        + "\"outcomeSummary\":\"Escalated to Stage 2.\",\"agreedActions\":\"Health to resend the report by 16 Oct 2026.\","
        + "\"author\":\"cara.chair\",\"agency\":\"safeguardingUnit\",\"recordedAt\":\"2026-10-13T10:05:00.000Z\"}";

    /** The history: child readable or not, and the entries in the order the repository gives them. */
    static String history(boolean childReadable, String... entries)
    {
        return "{\"nodeRef\":\"" + NODE_REF + "\","
            + "\"caseFolder\":{\"nodeRef\":\"workspace://SpacesStore/case-C123\",\"readable\":" + childReadable + ","
            + "\"childIdentifier\":" + (childReadable ? "\"C123\"" : "null") + ",\"childName\":" + (childReadable ? "\"Alex Smith\"" : "null") + "},"
            + "\"reference\":\"PC-2026-0007\",\"kind\":\"conferenceChallenge\",\"stage\":\"stage2\",\"startStage\":\"stage1\","
            + "\"status\":\"open\",\"outcome\":null,\"outcomeSummary\":null,\"withdrawalReason\":null,"
            + "\"raisingAgency\":\"safeguardingUnit\",\"respondingAgency\":\"health\",\"challengedPractitioner\":\"hal.health\",\"issueCategory\":\"reportNotSubmittedInTime\","
            + "\"issueCategoryDescription\":null,\"issueSummary\":\"The health report for the review conference was not submitted.\","
            + "\"immediateWelfareConcern\":false,\"lineManagerConsulted\":true,\"lineManagerName\":\"Lou Lead\","
            + "\"lineManagerConsultedDate\":\"2026-10-01\",\"raisedBy\":\"cara.chair\",\"raisedDate\":\"2026-10-02T09:15:00.000Z\","
            + "\"conferenceDate\":\"2026-10-01\",\"nextConferenceDate\":\"2026-12-10\",\"formDueDate\":\"2026-10-06\","
            + "\"raisedLate\":false,\"stageStartedDate\":\"2026-10-13T10:05:00.000Z\",\"dueDate\":\"2026-10-20\","
            + "\"overdue\":true,\"familyInformedDate\":\"2026-10-05\",\"closedDate\":null,"
            + "\"entries\":[" + String.join(",", entries) + "]}";
    }

    /** The three entries, oldest first, as the repository sorts them. */
    static String threeEntries(boolean childReadable)
    {
        return history(childReadable, ENTRY_RAISED, ENTRY_LATE, ENTRY_DECISION);
    }

    /** The repository: the history for the sample challenge, and the two people named on it. */
    static DashletHarness.FakeRemote repository(int status, String body)
    {
        return new DashletHarness.FakeRemote()
            .answer(HISTORY, status, body)
            .answer("/api/people/cara.chair", 200, "{\"userName\":\"cara.chair\",\"firstName\":\"Cara\",\"lastName\":\"Chair\"}")
            .answer("/api/people/hal.health", 200, "{\"userName\":\"hal.health\",\"firstName\":\"Hal\",\"lastName\":\"Health\"}");
    }

    static Map<String, Object> model(DashletHarness.FakeRemote remote, Map<String, String> pageArgs)
    {
        return DashletHarness.runController(COMPONENT.resolve("challenge.get.js"), BUNDLE, remote,
            Map.of("nodeRef", NODE_REF), pageArgs);
    }

    static String render(Map<String, Object> model)
    {
        return DashletHarness.render(TEMPLATE, model, Map.of("htmlid", HTML_ID), "/share", BUNDLE);
    }

    static String text(String key)
    {
        return DashletHarness.text(BUNDLE, key);
    }

    private SampleChallenge()
    {
    }
}
