package org.practicechallenge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicechallenge.it.Workflows.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Stage 1 between the practitioners on a live ACS: the case worker names the police officer whose practice is
 * challenged (by user name, as ACS's REST API turns it into the person the people picker would give), Stage 1 goes to
 * that officer and Police's first line managers only, and the decision to the case worker and Social Care's first
 * line managers only. Naming someone who does not work for Police is refused in plain words.
 */
@LiveAcs
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NamedPractitionerIT
{
    private Partnership partnership;
    private String caseWorker;
    private String colleague;
    private String officer;
    private String otherOfficer;
    private String caseFolder;
    private String processId;

    @BeforeAll
    void partnership()
    {
        partnership = new Partnership();
        partnership.ensureGroups();
        caseWorker = partnership.user("namingworker", "GROUP_PC_SOCIALCARE_PRACTITIONERS");
        colleague = partnership.user("workercolleague", "GROUP_PC_SOCIALCARE_PRACTITIONERS");
        officer = partnership.user("namedofficer", "GROUP_PC_POLICE_PRACTITIONERS");
        otherOfficer = partnership.user("otherofficer", "GROUP_PC_POLICE_PRACTITIONERS");
        partnership.site(caseWorker);
        caseFolder = partnership.caseFolder(partnership.as(caseWorker), "IT-NP-" + partnership.run, "childInNeed");
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
    @Order(1)
    void namingSomeoneWhoDoesNotWorkForTheRespondingAgencyIsRefusedByName()
    {
        Rest.Answer refused = Workflows.start(partnership.as(caseWorker), "pcPracticeChallenge", start(colleague));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("Practitioner challenged: " + colleague + " is not in any of Police's groups");
        assertThat(Workflows.challenges(caseFolder)).isEmpty();
    }

    @Test
    @Order(2)
    void stageOneGoesToTheNamedOfficerAndPolicesFirstLineManagersOnly()
    {
        processId = Workflows.started(partnership.as(caseWorker), "pcPracticeChallenge", start(officer));

        JsonNode challenge = Workflows.challenge(caseFolder);
        assertThat(property(challenge, "pc:challengedPractitioner")).isEqualTo(officer);
        JsonNode response = task(processId, "stage1Response");
        assertThat(candidates(response)).containsExactlyInAnyOrder("user:" + officer, "group:GROUP_PC_POLICE_FIRST_LINE_MANAGERS");

        Rest.Answer claimedByAnother = partnership.as(otherOfficer)
                .put(Acs.WORKFLOW_API + "/tasks/" + response.path("id").asText() + "?select=state", Map.of("state", "claimed"));
        assertThat(claimedByAnother.status()).as("another officer cannot take it: %s", claimedByAnother.body()).isGreaterThanOrEqualTo(400);

        complete(partnership.as(officer), response, discussion(officer, "stage1"));
    }

    @Test
    @Order(3)
    void theDecisionGoesToTheCaseWorkerAndTheirFirstLineManagersNotTheirColleagues()
    {
        JsonNode decision = task(processId, "stage1Decision");

        assertThat(candidates(decision)).containsExactlyInAnyOrder("user:" + caseWorker, "group:GROUP_PC_SOCIALCARE_FIRST_LINE_MANAGERS");
        complete(partnership.as(caseWorker), decision, with(discussion(caseWorker, "stage1"), "pcwf_stageOutcome", "resolved"));
        assertThat(property(Workflows.challenge(caseFolder), "pc:status")).isEqualTo("resolved");
    }

    /** The task's candidates as "user:name" or "group:GROUP_..." (the public API's /tasks/{id}/candidates). */
    private static List<String> candidates(JsonNode task)
    {
        JsonNode list = Rest.admin().get(Acs.WORKFLOW_API + "/tasks/" + task.path("id").asText() + "/candidates").json(200);
        List<String> candidates = new ArrayList<>();
        list.at("/list/entries").forEach(entry -> candidates.add(
                entry.at("/entry/candidateType").asText() + ":" + entry.at("/entry/candidateId").asText()));
        return candidates;
    }

    private Map<String, Object> start(String practitioner)
    {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("pcwf_challengeKind", "professionalDifference");
        variables.put("pcwf_raisingAgency", "socialCare");
        variables.put("pcwf_respondingAgency", "police");
        variables.put("pcwf_challengedPractitionerPerson", practitioner);
        variables.put("pcwf_issueCategory", "informationSharing");
        variables.put("pcwf_issueFacts", "The strategy discussion on 2 March was not told of the officer's visit on 28 February.");
        variables.put("pcwf_issueOpinion", "The visit's findings should have been shared before the discussion.");
        variables.put("pcwf_caseFolder", "workspace://SpacesStore/" + caseFolder);
        return variables;
    }
}
