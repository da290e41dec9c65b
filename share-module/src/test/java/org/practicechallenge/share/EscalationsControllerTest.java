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
            .containsEntry("respondingAgencyLabel", "Children's social care")
            .containsEntry("daysOpen", 12.0)
            .containsEntry("dueDate", "2026-10-20")
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
    void passesOnlyFiltersTheRepositoryUnderstands()
    {
        FakeRemote remote = SampleRepository.answering(SampleRepository.THREE_ESCALATIONS);
        DashletHarness.runController(remote, Map.of("stage", "stage3", "agency", "police", "overdue", "true",
            "from", "2026-01-01", "to", "last week"));

        assertThat(remote.calls).containsExactly(
            "/practicechallenge/escalations?stage=stage3&agency=police&overdue=true&from=2026-01-01&skipCount=0&maxItems=50",
            "/practicechallenge/report?format=json&from=2026-01-01");

        FakeRemote tampered = SampleRepository.answering(SampleRepository.THREE_ESCALATIONS);
        DashletHarness.runController(tampered, Map.of("stage", "stage9", "agency", "<script>", "overdue", "maybe"));
        assertThat(tampered.calls.get(0)).isEqualTo("/practicechallenge/escalations?skipCount=0&maxItems=50");
    }

    @Test
    void countsByStageFollowTheProtocolsOrderAndCountsByAgencyKeepBothSides()
    {
        Map<String, Object> model = DashletHarness.runController(SampleRepository.answering(SampleRepository.THREE_ESCALATIONS), Map.of());

        Map<String, Object> report = map(model.get("report"));
        assertThat(report).containsEntry("total", 14.0);
        assertThat(list(report.get("byStage"))).extracting(b -> b.get("code"))
            .containsExactly("stage1", "stage2", "stage3", "stage4", "practiceReviewGroup");
        assertThat(list(report.get("byStage"))).extracting(b -> b.get("count")).containsExactly(6.0, 4.0, 2.0, 1.0, 1.0);
        assertThat(list(report.get("byRespondingAgency"))).extracting(b -> b.get("label"))
            .containsExactly("Children's social care", "Health", "youthJustice");
        assertThat(list(report.get("byRaisingAgency"))).extracting(b -> b.get("code"))
            .containsExactlyInAnyOrder("police", "safeguardingUnit", "education", "health");
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
        assertThat(options).containsKeys("items", "report", "stages", "agencies", "filters", "paging")
            .containsEntry("pageContext", "/share/page/").containsEntry("failed", false);
        assertThat(list(options.get("items"))).hasSize(3);
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
