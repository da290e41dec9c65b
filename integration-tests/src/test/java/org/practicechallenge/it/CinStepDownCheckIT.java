package org.practicechallenge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicechallenge.it.Workflows.complete;
import static org.practicechallenge.it.Workflows.discussion;
import static org.practicechallenge.it.Workflows.property;
import static org.practicechallenge.it.Workflows.with;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The six-week Child in Need check on a live ACS. The step-down conference is put seven weeks back, so the check's
 * timer is already due and ACS's job executor opens the chair's task; the chair finds no CiN plan, and a conference
 * challenge starts at Stage 1 on the same case folder with category cinStepDownNotEvidenced.
 */
@LiveAcs
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CinStepDownCheckIT
{
    private Partnership partnership;
    private String chair;
    private String socialWorker;

    @BeforeAll
    void partnership()
    {
        partnership = new Partnership();
        partnership.ensureGroups();
        chair = partnership.user("cinchair", "GROUP_PC_SAFEGUARDINGUNIT_CONFERENCE_CHAIRS");
        socialWorker = partnership.user("cinsocialworker", "GROUP_PC_SOCIALCARE_PRACTITIONERS");
        partnership.site(chair);
    }

    @AfterAll
    void close()
    {
        if (partnership != null)
        {
            partnership.close();
        }
    }

    @Test
    void aMissingCinPlanStartsAConferenceChallengeAtStageOne()
    {
        String folder = partnership.caseFolder(partnership.as(chair), "IT-CIN-" + partnership.run, "childInNeed");
        String check = Workflows.started(partnership.as(chair), "pcCinStepDownCheck", with(checkOf(folder),
                "pcwf_raisingAgency", "safeguardingUnit", "pcwf_respondingAgency", "socialCare"));

        // The timer is due already; ACS's job executor runs it within its polling interval.
        JsonNode task = Workflows.task(check, "cinEvidenceCheck", Duration.ofMinutes(3));
        assertThat(task.path("assignee").asText()).isEqualTo(chair);
        complete(partnership.as(chair), task, with(discussion(chair, "the six-week check"), "pcwf_cinOutcome", "notEvidenced"));

        JsonNode challenge = Workflows.eventually("the conference challenge raised by the check",
                () -> Workflows.challenges(folder).stream().findFirst());
        assertThat(property(challenge, "pc:kind")).isEqualTo("conferenceChallenge");
        assertThat(property(challenge, "pc:issueCategory")).isEqualTo("cinStepDownNotEvidenced");
        assertThat(property(challenge, "pc:stage")).isEqualTo("stage1");
        assertThat(property(challenge, "pc:raisedBy")).isEqualTo(chair);
        JsonNode summary = Workflows.eventually("folder summary", () -> Optional.of(Workflows.node(folder))
                .filter(node -> "1".equals(property(node, "pc:openChallengeCount"))));
        assertThat(property(summary, "pc:highestOpenStage")).isEqualTo("stage1");

        // Started as the chair's own start would be: in the chair's workflows, no start task left in progress.
        String raised = property(challenge, "pc:workflowInstanceId").replace("activiti$", "");
        assertThat(Rest.admin().get(Acs.WORKFLOW_API + "/processes/" + raised).json(200).at("/entry/startUserId").asText()).isEqualTo(chair);
        assertThat(Workflows.openTasks(raised)).extracting(open -> open.path("activityDefinitionId").asText())
                .doesNotContain("raiseChallenge").contains("stage1Response");

        // Social care answers; the chair withdraws it, as the meeting turned out to have been held.
        complete(partnership.as(socialWorker), Workflows.task(raised, "stage1Response"), discussion(socialWorker, "Stage 1"));
        complete(partnership.as(chair), Workflows.task(raised, "stage1Decision"), with(discussion(chair, "Stage 1"),
                "pcwf_stageOutcome", "withdrawn", "pcwf_withdrawalReason", "The CiN meeting was held; its minutes were filed late."));
        Workflows.eventually("challenge withdrawn", () -> Workflows.challenges(folder).stream()
                .filter(node -> "withdrawn".equals(property(node, "pc:status"))).findFirst());
    }

    @Test
    void anEvidencedCinPlanIsRecordedAndRaisesNothing()
    {
        String folder = partnership.caseFolder(partnership.as(chair), "IT-CINE-" + partnership.run, "childInNeed");
        String check = Workflows.started(partnership.as(chair), "pcCinStepDownCheck", checkOf(folder));

        JsonNode task = Workflows.task(check, "cinEvidenceCheck", Duration.ofMinutes(3));
        complete(partnership.as(chair), task, with(discussion(chair, "the six-week check"), "pcwf_cinOutcome", "evidenced"));

        JsonNode entry = Workflows.eventually("the check's entry on the case folder", () -> Workflows.children(folder, "pc:caseRecordEntry")
                .stream().filter(node -> "evidenced".equals(property(node, "pc:cinOutcome"))).findFirst());
        assertThat(property(entry, "pc:entryKind")).isEqualTo("cinEvidenceCheck");
        assertThat(Workflows.openTasks(check)).isEmpty();
        assertThat(Workflows.challenges(folder)).as("nothing to challenge").isEmpty();
    }

    /** A six-week check of a conference seven weeks ago, so its timer is due at once. */
    private Map<String, Object> checkOf(String folder)
    {
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("pcwf_conferenceDate", LocalDate.now(Acs.ZONE).minusWeeks(7).toString());
        start.put("pcwf_caseFolder", "workspace://SpacesStore/" + folder);
        start.put("pcwf_chair", chair);
        return start;
    }
}
