package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.practicechallenge.share.DashletHarness.FakeRemote;

/** The dashlet's server-side controller, run in Rhino against a fake repository connector. */
class EscalationsControllerTest
{
    @Test
    void listsEachEscalatedChallengeWithItsStageCaseAgenciesDaysOpenAndDue()
    {
        Map<String, Object> model = DashletHarness.runController(SampleRepository.answering(SampleRepository.THREE_ESCALATIONS), Map.of());

        List<Map<String, Object>> items = list(model.get("items"));
        assertThat(items).hasSize(3);
        Map<String, Object> first = items.get(0);
        assertThat(first).containsEntry("reference", "PC-2026-0007")
            .containsEntry("nodeRef", "workspace://SpacesStore/challenge-0007")
            .containsEntry("caseNodeRef", "workspace://SpacesStore/case-C123")
            .containsEntry("childIdentifier", "C123")
            .containsEntry("stage", "stage3")
            .containsEntry("stageLabel", "Stage 3")
            .containsEntry("kindLabel", "Conference challenge")
            .containsEntry("raisingAgencyLabel", "Safeguarding Unit")
            .containsEntry("respondingAgencyLabel", "Children's Social Care")
            .containsEntry("daysOpen", 12.0)
            .containsEntry("raisedLabel", "1 Sep 2026")
            .containsEntry("dueLabel", "20 Oct 2026")
            .containsEntry("overdue", false);
        assertThat(items.get(1)).containsEntry("overdue", true).containsEntry("stageLabel", "Stage 2");
        assertThat(items.get(2)).containsEntry("stageLabel", "Practice Review Group");
        assertThat(model.get("error")).isNull();
    }

    @Test
    void aChallengeWhoseCaseFolderIsNotOpenToTheReaderComesWithoutTheChild()
    {
        Map<String, Object> model = DashletHarness.runController(SampleRepository.answering(SampleRepository.CASE_NOT_OPEN), Map.of());

        assertThat(list(model.get("items"))).singleElement().satisfies(item -> assertThat(item)
            .containsEntry("reference", "PC-2026-0021").containsEntry("caseOpen", false)
            .containsEntry("childIdentifier", "").containsEntry("childName", ""));
        Map<String, Object> open = list(DashletHarness.runController(
            SampleRepository.answering(SampleRepository.THREE_ESCALATIONS), Map.of()).get("items")).get(0);
        assertThat(open).containsEntry("caseOpen", true);
    }

    @Test
    void anAgencyWithoutALabelIsShownByItsCode()
    {
        Map<String, Object> model = DashletHarness.runController(SampleRepository.answering(SampleRepository.THREE_ESCALATIONS), Map.of());

        assertThat(list(model.get("items")).get(2)).containsEntry("respondingAgencyLabel", "youthJustice");
        assertThat(list(model.get("agencies"))).extracting(a -> a.get("code"))
            .contains("socialCare", "police", "health", "education", "safeguardingUnit", "youthJustice");
    }

    @Test
    void passesEveryFilterToTheListAndTheReportAndDropsWhatTheRepositoryWouldNotUnderstand()
    {
        FakeRemote remote = SampleRepository.answering(SampleRepository.THREE_ESCALATIONS);
        Map<String, Object> model = DashletHarness.runController(remote, Map.of("stage", "stage3", "agency", "police",
            "raisingAgency", "health", "respondingAgency", "socialCare", "overdue", "true", "from", "2026-01-01",
            "to", "2026-03-31", "issueCategory", "assessment", "caseCategory", "childProtection"));

        String filters = "from=2026-01-01&to=2026-03-31&stage=stage3&agency=police&raisingAgency=health&respondingAgency=socialCare"
            + "&overdue=true&issueCategory=assessment&caseCategory=childProtection";
        assertThat(remote.calls).containsExactly(
            "/practicechallenge/escalations?" + filters + "&skipCount=0&maxItems=20",
            "/practicechallenge/report?format=json&" + filters);
        // The downloads go through Share's proxy with the same filters.
        assertThat(model).containsEntry("exportUrl", "/share/proxy/alfresco/practicechallenge/escalations?format=csv&" + filters)
            .containsEntry("reportUrl", "/share/proxy/alfresco/practicechallenge/report?format=csv&" + filters);

        FakeRemote tampered = SampleRepository.answering(SampleRepository.THREE_ESCALATIONS);
        DashletHarness.runController(tampered, Map.of("stage", "stage9", "agency", "<script>", "overdue", "maybe",
            "to", "last week", "issueCategory", "gossip", "caseCategory", "childInNeed&x=1"));
        assertThat(tampered.calls).containsExactly("/practicechallenge/escalations?skipCount=0&maxItems=20",
            "/practicechallenge/report?format=json");
    }

    @Test
    void aChallengeTheReaderMayNotOpenHasNoLinkAndNoChildButKeepsItsStageAgenciesAndDates()
    {
        Map<String, Object> model = DashletHarness.runController(SampleRepository.answering(SampleRepository.CHALLENGE_NOT_OPEN), Map.of());

        assertThat(list(model.get("items"))).singleElement().satisfies(item -> assertThat(item)
            .containsEntry("readable", false).containsEntry("nodeRef", "").containsEntry("caseOpen", false)
            .containsEntry("childIdentifier", "").containsEntry("stageLabel", "Stage 2")
            .containsEntry("raisingAgencyLabel", "Police").containsEntry("respondingAgencyLabel", "Health")
            .containsEntry("raisedLabel", "3 Feb 2026").containsEntry("dueLabel", "10 Mar 2026").containsEntry("overdue", true));
    }

    @Test
    void handsTheWidgetTheReportAndALabelForEveryCodeItMayMeet()
    {
        Map<String, Object> model = DashletHarness.runController(SampleRepository.answering(SampleRepository.THREE_ESCALATIONS), Map.of());

        assertThat(map(model.get("report"))).containsEntry("total", 14.0);
        Map<String, Object> options = map(list(model.get("widgets")).get(0).get("options"));
        assertThat(map(map(options.get("report")).get("byStageReached"))).containsEntry("stage1", 6.0);
        Map<String, Object> labels = map(options.get("labels"));
        assertThat(map(labels.get("stage"))).containsEntry("practiceReviewGroup", "Practice Review Group").hasSize(5);
        assertThat(map(labels.get("agency"))).containsEntry("socialCare", "Children's Social Care").containsEntry("youthJustice", "youthJustice");
        assertThat(map(labels.get("issueCategory"))).hasSize(13).containsEntry("informationSharing", "Sharing information")
            .containsEntry("cinStepDownNotEvidenced", "Child in Need meeting or plan not evidenced after step-down");
        assertThat(map(labels.get("caseCategory"))).containsEntry("lookedAfter", "Looked after child").hasSize(4);
        assertThat(map(labels.get("kind"))).containsEntry("conferenceChallenge", "Conference challenge");
        // Every practice issue and case category has a label of its own, not its code.
        assertThat(list(model.get("issueCategories"))).allSatisfy(c -> assertThat(c.get("label")).isNotEqualTo(c.get("code")));
        assertThat(list(model.get("caseCategories"))).allSatisfy(c -> assertThat(c.get("label")).isNotEqualTo(c.get("code")));
    }

    @Test
    void aRefusalFromTheRepositoryBecomesAnErrorStateThatSaysWhy()
    {
        FakeRemote remote = new FakeRemote()
            .answer(SampleRepository.ESCALATIONS, 403, SampleRepository.FORBIDDEN)
            .answer(SampleRepository.REPORT, 500, SampleRepository.SERVER_ERROR);
        Map<String, Object> model = DashletHarness.runController(remote, Map.of());

        assertThat(map(model.get("error"))).containsEntry("status", 403.0)
            .containsEntry("text", DashletHarness.text("error.status.403"))
            .containsEntry("detail", "User is not in an agency's director group");
        assertThat(map(model.get("reportError"))).containsEntry("text", DashletHarness.text("error.status.other"));
        assertThat(model.get("report")).isNull();
        assertThat(list(model.get("items"))).isEmpty();
        Map<String, Object> options = map(list(model.get("widgets")).get(0).get("options"));
        assertThat(options).containsEntry("failed", true);
    }

    @Test
    void handsTheClientWidgetEverythingItDraws()
    {
        Map<String, Object> model = DashletHarness.runController(SampleRepository.answering(SampleRepository.THREE_ESCALATIONS), Map.of());

        Map<String, Object> widget = list(model.get("widgets")).get(0);
        assertThat(widget).containsEntry("name", "PracticeChallenge.dashlet.Escalations");
        Map<String, Object> options = map(widget.get("options"));
        assertThat(options).containsKeys("list", "report", "labels", "filters")
            .containsEntry("pageContext", "/share/page/").containsEntry("proxyUri", "/share/proxy/alfresco/")
            .containsEntry("pageSize", 20.0).containsEntry("failed", false);
        assertThat(list(map(options.get("list")).get("items"))).hasSize(3);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value)
    {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value)
    {
        return (Map<String, Object>) value;
    }
}
