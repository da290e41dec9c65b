package org.practicechallenge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicechallenge.it.Workflows.complete;
import static org.practicechallenge.it.Workflows.discussion;
import static org.practicechallenge.it.Workflows.property;
import static org.practicechallenge.it.Workflows.task;
import static org.practicechallenge.it.Workflows.with;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alfresco.core.model.AuditEntryEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A professional difference between Children's Social Care (raising) and Police (responding) on a live ACS: the
 * case worker raises it on a child's case folder, Police answers and Social Care escalates at every stage, Stage 4
 * refers it to the Practice Review Group, which resolves it. Along the way: the challenge node and its case-record
 * entries, the folder's escalation summary, who may read the case folder, the audit trail, the history and the
 * partnership report web scripts.
 */
@LiveAcs
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProfessionalDifferenceIT
{
    private Partnership partnership;
    private String caseWorker;
    private final Map<Integer, String> police = new LinkedHashMap<>();
    private String reviewer;
    private String stranger;
    private String uninvolvedSenior;
    private String caseFolder;
    private String processId;
    private String challengeId;

    @BeforeAll
    void partnership()
    {
        partnership = new Partnership();
        partnership.ensureGroups();
        caseWorker = partnership.user("caseworker", "GROUP_PC_SOCIALCARE_PRACTITIONERS");
        police.put(1, partnership.user("police1", "GROUP_PC_POLICE_PRACTITIONERS"));
        police.put(2, partnership.user("police2", "GROUP_PC_POLICE_LINE_MANAGERS"));
        police.put(3, partnership.user("police3", "GROUP_PC_POLICE_SENIOR_MANAGERS"));
        police.put(4, partnership.user("police4", "GROUP_PC_POLICE_DIRECTOR"));
        reviewer = partnership.user("reviewer", "GROUP_PC_PRACTICE_REVIEW_GROUP");
        stranger = partnership.user("stranger");
        uninvolvedSenior = partnership.user("healthsenior", "GROUP_PC_HEALTH_SENIOR_MANAGERS");
        partnership.site(caseWorker);
        caseFolder = partnership.caseFolder(partnership.as(caseWorker), "IT-PD-" + partnership.run, "childProtection");
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
    void aFolderWithoutChildCaseCannotHoldAChallenge()
    {
        String plain = partnership.plainFolder("Not a case folder");
        Rest.Answer refused = Workflows.start(partnership.as(caseWorker), "pcPracticeChallenge",
                start("workspace://SpacesStore/" + plain));
        assertThat(refused.status()).as(refused.body()).isGreaterThanOrEqualTo(400);
        assertThat(Workflows.challenges(plain)).isEmpty();
    }

    @Test
    @Order(2)
    void theCaseWorkerRaisesAChallengeOnTheChildCaseFolder()
    {
        JsonNode folder = Workflows.node(caseFolder);
        assertThat(folder.path("aspectNames").toString()).contains("pc:childCase");

        processId = Workflows.started(partnership.as(caseWorker), "pcPracticeChallenge", start("workspace://SpacesStore/" + caseFolder));

        JsonNode challenge = Workflows.challenge(caseFolder);
        challengeId = challenge.path("id").asText();
        assertThat(property(challenge, "pc:kind")).isEqualTo("professionalDifference");
        assertThat(property(challenge, "pc:stage")).isEqualTo("stage1");
        assertThat(property(challenge, "pc:status")).isEqualTo("open");
        assertThat(property(challenge, "pc:raisingAgency")).isEqualTo("socialCare");
        assertThat(property(challenge, "pc:respondingAgency")).isEqualTo("police");
        assertThat(property(challenge, "pc:raisedBy")).isEqualTo(caseWorker);
        assertThat(property(challenge, "pc:dueDate")).as("stage 1 due date").isNotBlank();

        assertSummary(1, "stage1");
        assertThat(partnership.as(stranger).get(Acs.CORE_API + "/nodes/" + caseFolder).status())
                .as("someone outside the site and the challenge").isIn(403, 404);
    }

    @Test
    @Order(3)
    void everyStageIsAnsweredByPoliceAndEscalatedBySocialCare()
    {
        for (int stage = 1; stage <= 4; stage++)
        {
            String code = "stage" + stage;
            complete(partnership.as(police.get(stage)), task(processId, code + "Response"), discussion(police.get(stage), code));
            complete(partnership.as(caseWorker), task(processId, code + "Decision"),
                    with(discussion(caseWorker, code), "pcwf_stageOutcome", "escalate"));

            String next = stage < 4 ? "stage" + (stage + 1) : "practiceReviewGroup";
            JsonNode challenge = Workflows.eventually("challenge at " + next, () -> Optional.of(Workflows.node(challengeId))
                    .filter(node -> next.equals(property(node, "pc:stage"))));
            assertThat(property(challenge, "pc:status")).isEqualTo("open");
            if (stage < 4)
            {
                assertSummary(1, next);
            }
            if (stage == 2)
            {
                // Stage 3: the involved agencies' senior managers may now read the child's case folder; nobody else.
                assertThat(partnership.as(police.get(3)).get(Acs.CORE_API + "/nodes/" + caseFolder).status())
                        .as("Police senior manager at Stage 3").isEqualTo(200);
                assertThat(partnership.as(uninvolvedSenior).get(Acs.CORE_API + "/nodes/" + caseFolder).status())
                        .as("Health senior manager, not involved").isIn(403, 404);
                assertThat(partnership.as(stranger).get(Acs.CORE_API + "/nodes/" + caseFolder).status())
                        .as("stranger").isIn(403, 404);
            }
        }
    }

    @Test
    @Order(4)
    void thePracticeReviewGroupResolvesIt()
    {
        complete(partnership.as(reviewer), task(processId, "practiceReviewGroupReferral"),
                with(discussion(reviewer, "the Practice Review Group"), "pcwf_referralOutcome", "resolved"));

        JsonNode challenge = Workflows.eventually("challenge resolved", () -> Optional.of(Workflows.node(challengeId))
                .filter(node -> "resolved".equals(property(node, "pc:status"))));
        assertThat(property(challenge, "pc:outcome")).isEqualTo("resolved");
        assertThat(property(challenge, "pc:closedDate")).isNotBlank();
        assertThat(Workflows.openTasks(processId)).isEmpty();
        assertSummary(0, null);

        List<JsonNode> entries = Workflows.entries(challengeId);
        assertThat(entries).extracting(entry -> property(entry, "pc:entryKind"))
                .contains("raised", "response", "decision", "referral");
        assertThat(entries).as("one response and one decision per stage, the referral, the raising")
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(entries).filteredOn(entry -> "response".equals(property(entry, "pc:entryKind")))
                .allSatisfy(entry ->
                {
                    assertThat(property(entry, "pc:facts")).contains("met the other agency");
                    assertThat(property(entry, "pc:opinion")).contains("thinks").doesNotContain("met the other agency");
                    assertThat(property(entry, "pc:agency")).isEqualTo("police");
                });
    }

    @Test
    @Order(5)
    void theAuditTrailRecordsEveryStageChangeAndTheOutcome()
    {
        List<String> trail = Workflows.eventually("audit entries for " + challengeId, () ->
        {
            List<AuditEntryEntry> entries = partnership.admin.audit().listAuditEntriesForAuditApp("practicechallenge", 0, true,
                    List.of("createdAt DESC"), 500, null, List.of("values"), null).getBody().getList().getEntries();
            List<String> mine = entries.stream().map(entry -> String.valueOf(entry.getEntry().getValues()))
                    .filter(values -> values.contains(challengeId)).toList();
            return mine.stream().anyMatch(values -> values.contains("/practicechallenge/outcome/")) ? Optional.of(mine) : Optional.empty();
        });
        for (String stage : List.of("stage2", "stage3", "stage4", "practiceReviewGroup"))
        {
            assertThat(trail).as("stage change to %s", stage)
                    .anyMatch(values -> values.contains("/practicechallenge/stageChange/") && values.contains(stage));
        }
        assertThat(trail).as("access grants").anyMatch(values -> values.contains("/practicechallenge/accessGrant/"));
    }

    @Test
    @Order(6)
    void theHistoryWebScriptShowsTheEntriesInOrder()
    {
        JsonNode history = Rest.admin().get("/s/practicechallenge/challenges/workspace/SpacesStore/" + challengeId + "/history").json(200);
        assertThat(history.toString()).contains("\"raised\"").contains("\"referral\"").contains("met the other agency");
        assertThat(partnership.as(stranger).get("/s/practicechallenge/challenges/workspace/SpacesStore/" + challengeId + "/history")
                .status()).as("a stranger may not read the history").isIn(403, 404);
    }

    @Test
    @Order(7)
    void thePartnershipReportCountsTheChallenge()
    {
        String today = LocalDate.now(Acs.ZONE).toString();
        // The report reads the challenge register, written in each step's own transaction: no waiting for an index.
        JsonNode report = Rest.admin().get("/s/practicechallenge/report?from=" + today + "&to=" + today).json(200);
        assertThat(report.path("byKind").path("professionalDifference").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(report.path("byStageReached").path("practiceReviewGroup").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(report.path("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(report.path("byRespondingAgency").path("police").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(report.path("workingDaysToResolve").path("count").asInt()).isGreaterThanOrEqualTo(1);

        Rest.Answer csv = Rest.admin().get("/s/practicechallenge/report?format=csv&from=" + today + "&to=" + today);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("Measure,Of,Value").contains("Professional difference").doesNotContain("professionalDifference");

        assertThat(Rest.admin().get("/s/practicechallenge/report?format=pdf").status()).as("bad parameter").isEqualTo(400);
        assertThat(partnership.as(stranger).get("/s/practicechallenge/report").status()).as("not in any group").isEqualTo(403);
    }

    @Test
    @Order(8)
    void theDirectorsListAndTheChallengeDiagramAnswerPeopleWhoAreNotAdministrators()
    {
        // A director is no administrator: ACS refuses them getAuthoritiesForUser, which once made this list a 500.
        Rest.Answer list = partnership.as(police.get(4)).get("/s/practicechallenge/escalations?maxItems=50");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().path("items").isArray()).isTrue();
        Rest.Answer csv = partnership.as(police.get(4)).get("/s/practicechallenge/escalations?format=csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("Reference,Child identifier,Child's name,");
        assertThat(partnership.as(stranger).get("/s/practicechallenge/escalations").status()).as("not in any group").isEqualTo(403);

        Rest.Answer diagram = partnership.as(caseWorker).get("/s/practicechallenge/challenges/workspace/SpacesStore/" + challengeId + "/diagram");
        assertThat(diagram.status()).as(diagram.body()).isEqualTo(200);
        assertThat(diagram.contentType()).startsWith("image/png");
    }

    private void assertSummary(int open, String highestStage)
    {
        JsonNode folder = Workflows.eventually("escalation summary " + open + "/" + highestStage, () ->
                Optional.of(Workflows.node(caseFolder)).filter(node -> String.valueOf(open).equals(property(node, "pc:openChallengeCount"))));
        assertThat(folder.path("aspectNames").toString()).contains("pc:escalationSummary");
        if (highestStage != null)
        {
            assertThat(property(folder, "pc:highestOpenStage")).isEqualTo(highestStage);
        }
    }

    private Map<String, Object> start(String caseFolderRef)
    {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("pcwf_challengeKind", "professionalDifference");
        variables.put("pcwf_startStage", 1);
        variables.put("pcwf_lineManagerConsulted", false);
        variables.put("pcwf_raisingAgency", "socialCare");
        variables.put("pcwf_respondingAgency", "police");
        variables.put("pcwf_issueCategory", "assessment");
        variables.put("pcwf_issueSummary", "The assessment left out the school's concerns about the child's attendance.");
        variables.put("pcwf_immediateWelfareConcern", false);
        variables.put("pcwf_caseFolder", caseFolderRef);
        return variables;
    }
}
