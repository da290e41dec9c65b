package org.practicechallenge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicechallenge.it.Workflows.complete;
import static org.practicechallenge.it.Workflows.discussion;
import static org.practicechallenge.it.Workflows.property;
import static org.practicechallenge.it.Workflows.task;
import static org.practicechallenge.it.Workflows.with;

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
 * Conference challenges on a live ACS: a Child Protection Conference chair, after consulting their line manager,
 * starts at Stage 2; records that the family was told; Health's line manager answers and the chair resolves it.
 * Another is withdrawn at Stage 1 with a reason; a Stage 2 start without the line manager is refused.
 */
@LiveAcs
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConferenceChallengeIT
{
    private Partnership partnership;
    private String chair;
    private String healthPractitioner;
    private String healthLineManager;
    private String healthSeniorManager;

    @BeforeAll
    void partnership()
    {
        partnership = new Partnership();
        partnership.ensureGroups();
        chair = partnership.user("chair", "GROUP_PC_SAFEGUARDINGUNIT_CONFERENCE_CHAIRS");
        healthPractitioner = partnership.user("health1", "GROUP_PC_HEALTH_PRACTITIONERS");
        healthLineManager = partnership.user("health2", "GROUP_PC_HEALTH_LINE_MANAGERS");
        healthSeniorManager = partnership.user("health3", "GROUP_PC_HEALTH_SENIOR_MANAGERS");
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
    void theChairStartsAtStageTwoTellsTheFamilyAndResolvesIt()
    {
        String folder = partnership.caseFolder(partnership.as(chair), "IT-CC2-" + partnership.run, "childProtection");
        Map<String, Object> start = with(start(folder), "pcwf_startStage", 2, "pcwf_lineManagerConsulted", true,
                "pcwf_lineManagerName", "Safeguarding Unit manager", "pcwf_lineManagerConsultedDate", LocalDate.now(Acs.ZONE).toString(),
                "pcwf_nextConferenceDate", LocalDate.now(Acs.ZONE).plusWeeks(12).toString());
        String process = Workflows.started(partnership.as(chair), "pcPracticeChallenge", start);

        JsonNode challenge = Workflows.challenge(folder);
        String id = challenge.path("id").asText();
        assertThat(property(challenge, "pc:kind")).isEqualTo("conferenceChallenge");
        assertThat(property(challenge, "pc:startStage")).isEqualTo("stage2");
        assertThat(property(challenge, "pc:stage")).isEqualTo("stage2");
        assertThat(property(challenge, "pc:formDueDate")).as("the chair's form falls due after the conference").isNotBlank();

        JsonNode family = task(process, "familyInformed");
        assertThat(family.path("assignee").asText()).isEqualTo(chair);
        complete(partnership.as(chair), family, Map.of("pcwf_familyInformedDate", LocalDate.now(Acs.ZONE).toString()));

        complete(partnership.as(healthLineManager), task(process, "stage2Response"), discussion(healthLineManager, "stage2"));
        complete(partnership.as(chair), task(process, "stage2Decision"),
                with(discussion(chair, "stage2"), "pcwf_stageOutcome", "resolved"));

        JsonNode closed = Workflows.eventually("resolved at stage 2", () -> Optional.of(Workflows.node(id))
                .filter(node -> "resolved".equals(property(node, "pc:status"))));
        assertThat(property(closed, "pc:stage")).isEqualTo("stage2");
        // REST v1 prints a d:date as a UTC timestamp; the module writes a day as midnight UTC, so it starts with the day.
        assertThat(property(closed, "pc:familyInformedDate")).startsWith(LocalDate.now(Acs.ZONE) + "T00:00:00.000+0000");
        assertThat(Workflows.entries(id)).extracting(entry -> property(entry, "pc:entryKind")).contains("familyInformed", "decision");
    }

    @Test
    void theChairStartsAtStageThreeAfterConsultingTheLineManagerAndTellsTheFamily()
    {
        String folder = partnership.caseFolder(partnership.as(chair), "IT-CC3-" + partnership.run, "childProtection");
        Map<String, Object> start = with(start(folder), "pcwf_startStage", 3, "pcwf_lineManagerConsulted", true,
                "pcwf_lineManagerName", "Safeguarding Unit manager", "pcwf_lineManagerConsultedDate", LocalDate.now(Acs.ZONE).toString());
        String process = Workflows.started(partnership.as(chair), "pcPracticeChallenge", start);
        String id = Workflows.challenge(folder).path("id").asText();

        complete(partnership.as(chair), task(process, "familyInformed"), Map.of("pcwf_familyInformedDate", LocalDate.now(Acs.ZONE).toString()));
        complete(partnership.as(healthSeniorManager), task(process, "stage3Response"), discussion(healthSeniorManager, "stage3"));
        complete(partnership.as(chair), task(process, "stage3Decision"), with(discussion(chair, "stage3"), "pcwf_stageOutcome", "resolved"));

        JsonNode closed = Workflows.eventually("resolved at stage 3", () -> Optional.of(Workflows.node(id))
                .filter(node -> "resolved".equals(property(node, "pc:status"))));
        assertThat(property(closed, "pc:startStage")).isEqualTo("stage3");
        assertThat(property(closed, "pc:familyInformedDate")).startsWith(LocalDate.now(Acs.ZONE).toString());
        assertThat(Workflows.openTasks(process)).isEmpty();
    }

    @Test
    void aChallengeWithdrawnAtStageOneKeepsItsReason()
    {
        String folder = partnership.caseFolder(partnership.as(chair), "IT-CC1-" + partnership.run, "childInNeed");
        String process = Workflows.started(partnership.as(chair), "pcPracticeChallenge", start(folder));
        String id = Workflows.challenge(folder).path("id").asText();

        complete(partnership.as(healthPractitioner), task(process, "stage1Response"), discussion(healthPractitioner, "stage1"));
        complete(partnership.as(chair), task(process, "stage1Decision"), with(discussion(chair, "stage1"),
                "pcwf_stageOutcome", "withdrawn", "pcwf_withdrawalReason", "The report arrived and was discussed at the conference."));

        JsonNode closed = Workflows.eventually("withdrawn", () -> Optional.of(Workflows.node(id))
                .filter(node -> "withdrawn".equals(property(node, "pc:status"))));
        assertThat(property(closed, "pc:withdrawalReason")).contains("report arrived");
        assertThat(Workflows.openTasks(process)).as("the family task closes with the challenge or stays with the chair")
                .allMatch(open -> "familyInformed".equals(open.path("activityDefinitionId").asText()));
    }

    @Test
    void stageTwoWithoutConsultingTheLineManagerIsRefused()
    {
        String folder = partnership.caseFolder(partnership.as(chair), "IT-CCX-" + partnership.run, "childProtection");
        Rest.Answer refused = Workflows.start(partnership.as(chair), "pcPracticeChallenge",
                with(start(folder), "pcwf_startStage", 2, "pcwf_lineManagerConsulted", false));
        // ChallengeRejected is an IllegalArgumentException, which Alfresco's public REST API answers with 400.
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("Line manager consulted: a chair may start at Stage 2 only after consulting their own line manager");
        assertThat(Workflows.challenges(folder)).isEmpty();
    }

    private Map<String, Object> start(String folder)
    {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("pcwf_challengeKind", "conferenceChallenge");
        variables.put("pcwf_startStage", 1);
        variables.put("pcwf_lineManagerConsulted", false);
        variables.put("pcwf_raisingAgency", "safeguardingUnit");
        variables.put("pcwf_respondingAgency", "health");
        variables.put("pcwf_issueCategory", "reportNotSubmittedInTime");
        variables.put("pcwf_issueSummary", "The health report for the review conference was not submitted in time.");
        variables.put("pcwf_immediateWelfareConcern", false);
        variables.put("pcwf_conferenceDate", LocalDate.now(Acs.ZONE).minusDays(1).toString());
        variables.put("pcwf_caseFolder", "workspace://SpacesStore/" + folder);
        return variables;
    }
}
