package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The challenge page's server-side controller, run in Rhino against a fake repository connector. */
class ChallengePageControllerTest
{
    @Test
    void asksTheRepositoryForTheHistoryOfThePagesNodeAndLabelsEveryCode()
    {
        DashletHarness.FakeRemote remote = SampleChallenge.repository(200, SampleChallenge.threeEntries(true));
        Map<String, Object> model = SampleChallenge.model(remote, Map.of());

        assertThat(remote.calls).first().isEqualTo(SampleChallenge.HISTORY);
        Map<String, Object> challenge = map(model.get("challenge"));
        assertThat(challenge).containsEntry("reference", "PC-2026-0007")
            .containsEntry("kindLabel", "Conference challenge")
            .containsEntry("statusLabel", "Open")
            .containsEntry("stageLabel", "Stage 2")
            .containsEntry("raisingAgencyLabel", "Safeguarding Unit")
            .containsEntry("respondingAgencyLabel", "Health")
            .containsEntry("issueLabel", "Report not submitted in time")
            .containsEntry("raisedBy", "Cara Chair")
            .containsEntry("challengedPractitioner", "Hal Health")
            .containsEntry("raisedLabel", "2 Oct 2026")
            .containsEntry("dueLabel", "20 Oct 2026")
            .containsEntry("stageBeganLabel", "13 Oct 2026")
            .containsEntry("overdue", true)
            .containsEntry("welfareConcern", "No")
            .containsEntry("childReadable", true)
            .containsEntry("childIdentifier", "C123")
            .containsEntry("childName", "Alex Smith")
            .containsEntry("caseFolderUrl", "/share/page/folder-details?nodeRef=workspace%3A%2F%2FSpacesStore%2Fcase-C123")
            .containsEntry("diagramUrl", "/share/proxy/alfresco/practicechallenge/challenges/workspace/SpacesStore/challenge-0007/diagram")
            .containsEntry("pdfUrl", "/share/proxy/alfresco/practicechallenge/challenges/workspace/SpacesStore/challenge-0007/record.pdf")
            .containsEntry("lateCount", 1.0);
        assertThat(model.get("refused")).isEqualTo(false);
        assertThat(model.get("error")).isNull();
    }

    @Test
    void keepsTheRepositorysOrderAndLabelsEachEntry()
    {
        Map<String, Object> model = SampleChallenge.model(SampleChallenge.repository(200, SampleChallenge.threeEntries(true)), Map.of());

        List<Map<String, Object>> entries = list(map(model.get("challenge")).get("entries"));
        assertThat(entries).extracting(e -> e.get("kindLabel")).containsExactly("Challenge raised", "Answered late", "Decision");
        assertThat(entries.get(1)).containsEntry("lateness", true).containsEntry("author", "Hal Health").containsEntry("agencyLabel", "Health");
        assertThat(entries.get(2)).containsEntry("methodLabel", "Telephone call")
            .containsEntry("outcomeLabel", "Escalated to the next stage")
            .containsEntry("stageLabel", "Stage 1")
            .containsEntry("recordedLabel", "13 Oct 2026")
            .containsEntry("recordedAt", "2026-10-13T10:05:00.000Z")
            .containsEntry("agreedActions", "Health to resend the report by 16 Oct 2026.");
        assertThat((String) entries.get(2).get("facts")).startsWith("Health said");
        assertThat((String) entries.get(2).get("opinion")).startsWith("The delay");
    }

    @Test
    void aClosedChallengeShowsItsOutcomeAndClosingDayAndNoDueDate()
    {
        String resolved = SampleChallenge.threeEntries(true)
            .replace("\"status\":\"open\",\"outcome\":null", "\"status\":\"resolved\",\"outcome\":\"resolved\"")
            .replace("\"closedDate\":null", "\"closedDate\":\"2026-10-21T15:00:00.000Z\"");
        Map<String, Object> challenge = map(SampleChallenge.model(SampleChallenge.repository(200, resolved), Map.of()).get("challenge"));

        assertThat(challenge).containsEntry("open", false).containsEntry("statusLabel", "Resolved")
            .containsEntry("outcomeLabel", "Resolved").containsEntry("closedLabel", "21 Oct 2026")
            .containsEntry("dueLabel", "").containsEntry("overdue", false);
    }

    @Test
    void theChildStaysHiddenWhenTheReaderMayNotOpenTheCaseFolder()
    {
        Map<String, Object> challenge = map(SampleChallenge.model(
            SampleChallenge.repository(200, SampleChallenge.threeEntries(false)), Map.of()).get("challenge"));

        assertThat(challenge).containsEntry("childReadable", false).containsEntry("childIdentifier", "")
            .containsEntry("childName", "").containsEntry("caseFolderUrl", "");
    }

    @Test
    void aRefusalLeavesNothingOfTheChallengeInTheModel()
    {
        DashletHarness.FakeRemote remote = SampleChallenge.repository(403,
            "{\"status\":{\"code\":403},\"message\":\"you may not read workspace://SpacesStore/challenge-0007\"}");
        Map<String, Object> model = SampleChallenge.model(remote, Map.of());

        assertThat(model.get("refused")).isEqualTo(true);
        assertThat(model.get("challenge")).isNull();
        assertThat(model.get("widgets")).isNull();
        assertThat(remote.calls).as("no one is looked up for a challenge the reader may not see").containsExactly(SampleChallenge.HISTORY);
    }

    @Test
    void notAChallengeAndABrokenAddressSaySoWithoutAskingAgain()
    {
        Map<String, Object> missing = SampleChallenge.model(SampleChallenge.repository(404, "{\"status\":{\"code\":404}}"), Map.of());
        assertThat(missing.get("error")).isEqualTo(SampleChallenge.text("error.notFound"));
        assertThat(missing.get("challenge")).isNull();

        DashletHarness.FakeRemote remote = SampleChallenge.repository(200, SampleChallenge.threeEntries(true));
        Map<String, Object> broken = DashletHarness.runController(SampleChallenge.COMPONENT.resolve("challenge.get.js"),
            SampleChallenge.BUNDLE, remote, Map.of("nodeRef", "workspace://SpacesStore/../../api/people"), Map.of());
        assertThat(broken.get("error")).isEqualTo(SampleChallenge.text("error.notFound"));
        assertThat(remote.calls).isEmpty();
    }

    @Test
    void withinASiteTheCaseFolderLinkStaysInTheSite()
    {
        Map<String, Object> challenge = map(SampleChallenge.model(
            SampleChallenge.repository(200, SampleChallenge.threeEntries(true)), Map.of("site", "cases")).get("challenge"));

        assertThat(challenge.get("caseFolderUrl")).isEqualTo("/share/page/site/cases/folder-details?nodeRef=workspace%3A%2F%2FSpacesStore%2Fcase-C123");
    }

    @Test
    void someoneThePeopleApiDoesNotKnowIsShownByTheirUserName()
    {
        DashletHarness.FakeRemote remote = new DashletHarness.FakeRemote().answer(SampleChallenge.HISTORY, 200, SampleChallenge.threeEntries(true));
        Map<String, Object> challenge = map(SampleChallenge.model(remote, Map.of()).get("challenge"));

        assertThat(challenge).containsEntry("raisedBy", "cara.chair");
        // Each person is looked up once, however often they are named.
        assertThat(remote.calls).containsExactly(SampleChallenge.HISTORY, "/api/people/cara.chair", "/api/people/hal.health");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value)
    {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value)
    {
        assertThat(value).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }
}
