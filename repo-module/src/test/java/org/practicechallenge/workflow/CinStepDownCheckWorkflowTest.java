package org.practicechallenge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.CinOutcome;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.Stage;

/**
 * Step-down conference Monday 24 August 2026: six weeks later is Monday 5 October, when the chair checks the case
 * file for a CiN meeting and plan.
 */
class CinStepDownCheckWorkflowTest
{
    private static final String CASE = "workspace://SpacesStore/case-cin";

    private PracticeChallengeEngine engine;

    @BeforeEach
    void startEngine()
    {
        engine = PracticeChallengeEngine.builder().startingAt(Instant.parse("2026-08-24T15:00:00Z")).build();
    }

    @AfterEach
    void stopEngine()
    {
        engine.close();
    }

    @Test
    void chairIsAskedToCheckSixWeeksAfterTheConferenceAndNotBefore()
    {
        ProcessInstance check = engine.startCinStepDownCheck("chair1", stepDown());

        assertThat(engine.task(check, "cinEvidenceCheck")).isNull();
        engine.advanceTo(Instant.parse("2026-10-05T07:59:00Z"));
        assertThat(engine.task(check, "cinEvidenceCheck")).isNull();
        engine.advanceTo(Instant.parse("2026-10-05T08:00:00Z"));

        Task task = engine.task(check, "cinEvidenceCheck");
        assertThat(task).isNotNull();
        assertThat(task.getAssignee()).isEqualTo("chair1");
    }

    @Test
    void aChairPickedWithThePeoplePickerIsTheOneAskedToCheck()
    {
        Map<String, Object> start = new HashMap<>(stepDown());
        start.remove("pcwf_chair");
        start.put("pcwf_chairPerson", new RepositoryNode(new org.alfresco.service.cmr.repository.NodeRef("workspace://SpacesStore/person-chair2"), "chair2"));
        ProcessInstance check = engine.startCinStepDownCheck("chair1", start);
        engine.advanceTo(Instant.parse("2026-10-05T08:00:00Z"));

        assertThat(engine.task(check, "cinEvidenceCheck").getAssignee()).isEqualTo("chair2");
        assertThat(engine.variable(check, "pcwf_chair")).isEqualTo("chair2");
    }

    @Test
    void cinMeetingAndPlanEvidencedEndsTheCheckWithAnEntryOnTheCaseRecord()
    {
        ProcessInstance check = engine.startCinStepDownCheck("chair1", stepDown());
        engine.advanceTo(Instant.parse("2026-10-05T08:00:00Z"));

        engine.complete(engine.task(check, "cinEvidenceCheck"), "chair1", Map.of("pcwf_cinOutcome", "evidenced",
                "pcwf_facts", "CiN meeting held 14 September; CiN plan on file dated 15 September."));

        assertThat(engine.hasEnded(check)).isTrue();
        assertThat(engine.caseRecord().challengesIn(CASE)).isEmpty();
        List<CaseRecordEntry> entries = engine.caseRecord().caseEntries(CASE);
        assertThat(entries).extracting(CaseRecordEntry::kind).containsExactly(EntryKind.CIN_EVIDENCE_CHECK);
        assertThat(entries.get(0).cinOutcome()).isEqualTo(CinOutcome.EVIDENCED);
    }

    @Test
    void cinPlanNotEvidencedStartsAConferenceChallengeAtStageOne()
    {
        ProcessInstance check = engine.startCinStepDownCheck("chair1", stepDown());
        engine.advanceTo(Instant.parse("2026-10-05T08:00:00Z"));

        engine.complete(engine.task(check, "cinEvidenceCheck"), "chair1", Map.of("pcwf_cinOutcome", "notEvidenced",
                "pcwf_facts", "No CiN meeting recorded and no CiN plan on the case file."));

        assertThat(engine.hasEnded(check)).isTrue();
        List<Challenge> raised = engine.caseRecord().challengesIn(CASE);
        assertThat(raised).hasSize(1);
        Challenge challenge = raised.get(0);
        assertThat(challenge.kind()).isEqualTo(ChallengeKind.CONFERENCE_CHALLENGE);
        assertThat(challenge.stage()).isEqualTo(Stage.STAGE_1);
        assertThat(challenge.issueCategory()).isEqualTo(IssueCategory.CIN_STEP_DOWN_NOT_EVIDENCED);
        assertThat(challenge.raisedBy()).isEqualTo("chair1");
        assertThat(challenge.issueSummary()).contains("No CiN meeting");
        assertThat(challenge.raisedLate()).isFalse();
        ProcessInstance conference = engine.runtime().createProcessInstanceQuery().processDefinitionKey("pcPracticeChallenge")
                .variableValueEquals("pcwf_challengeRef", challenge.ref()).singleResult();
        assertThat(engine.task(conference, "stage1Response")).isNotNull();
        assertThat(engine.task(conference, "familyInformed")).isNotNull();
    }

    @Test
    void theRaisedChallengeIsStartedAsTheChairsOwnStartWouldBe()
    {
        ProcessInstance check = engine.startCinStepDownCheck("chair1", stepDown());
        engine.advanceTo(Instant.parse("2026-10-05T08:00:00Z"));

        engine.complete(engine.task(check, "cinEvidenceCheck"), "chair1", Map.of("pcwf_cinOutcome", "notEvidenced",
                "pcwf_facts", "No CiN meeting recorded and no CiN plan on the case file."));

        Challenge challenge = engine.caseRecord().challengesIn(CASE).get(0);
        ProcessInstance conference = engine.runtime().createProcessInstanceQuery().processDefinitionKey("pcPracticeChallenge")
                .variableValueEquals("pcwf_challengeRef", challenge.ref()).singleResult();
        assertThat(engine.initiator(conference)).isEqualTo("chair1");
        assertThat(engine.history().createHistoricProcessInstanceQuery().processInstanceId(conference.getId()).singleResult()
                .getStartUserId()).isEqualTo("chair1");
        assertThat(engine.workflowPackage(conference)).isNotNull()
                .isEqualTo(engine.caseRecord().workflowPackageOf(challenge.ref()))
                .isNotEqualTo(engine.workflowPackage(check));
        assertThat(engine.startTaskInProgress(conference)).isFalse();
    }

    @Test
    void whenTheChallengeCannotStartTheCheckIsNotCompleted()
    {
        ProcessInstance check = engine.startCinStepDownCheck("chair1", stepDown());
        engine.advanceTo(Instant.parse("2026-10-05T08:00:00Z"));
        engine.repository().suspendProcessDefinitionByKey("pcPracticeChallenge");
        Task task = engine.task(check, "cinEvidenceCheck");

        assertThatThrownBy(() -> engine.complete(task, "chair1", Map.of("pcwf_cinOutcome", "notEvidenced",
                "pcwf_facts", "No CiN plan on the case file."))).hasMessageContaining("suspended");

        assertThat(engine.task(check, "cinEvidenceCheck")).isNotNull();
        assertThat(engine.caseRecord().caseEntries(CASE)).isEmpty();
        assertThat(engine.caseRecord().challengesIn(CASE)).isEmpty();
        assertThat(engine.runtime().createProcessInstanceQuery().processDefinitionKey("pcPracticeChallenge").count()).isZero();
    }

    @Test
    void checkWithoutAnOutcomeIsRefusedAndTheTaskStaysOpen()
    {
        ProcessInstance check = engine.startCinStepDownCheck("chair1", stepDown());
        engine.advanceTo(Instant.parse("2026-10-05T08:00:00Z"));
        Task task = engine.task(check, "cinEvidenceCheck");

        assertThatThrownBy(() -> engine.complete(task, "chair1", Map.of("pcwf_cinOutcome", "notevidenced", "pcwf_facts", "x")))
                .hasRootCauseMessage("Result of the check: 'notevidenced' is not one of: evidenced, notEvidenced");

        assertThat(engine.task(check, "cinEvidenceCheck")).isNotNull();
        assertThat(engine.caseRecord().caseEntries(CASE)).isEmpty();
    }

    @Test
    void chairStartingTheCheckWithOnlyTheConferenceDateAndCaseFolderRaisesFromTheChairsAgencyToChildrensSocialCare()
    {
        ProcessInstance check = engine.startCinStepDownCheck("chair1", Map.of("pcwf_conferenceDate", "2026-08-24", "pcwf_caseFolder", CASE));
        engine.advanceTo(Instant.parse("2026-10-05T08:00:00Z"));

        engine.complete(engine.task(check, "cinEvidenceCheck"), "chair1", Map.of("pcwf_cinOutcome", "notEvidenced",
                "pcwf_facts", "No CiN plan on the case file."));

        Challenge challenge = engine.caseRecord().challengesIn(CASE).get(0);
        assertThat(challenge.raisingAgency()).isEqualTo("safeguardingUnit");
        assertThat(challenge.respondingAgency()).isEqualTo("socialCare");
    }

    @Test
    void stepDownCheckNeedsTheConferenceDate()
    {
        Map<String, Object> noDate = stepDown();
        noDate.remove("pcwf_conferenceDate");

        assertThatThrownBy(() -> engine.startCinStepDownCheck("chair1", noDate))
                .hasMessage("Conference date: is required: the check is six weeks after the step-down conference");
        assertThat(engine.runtime().createProcessInstanceQuery().count()).isZero();
    }

    private static Map<String, Object> stepDown()
    {
        Map<String, Object> v = new HashMap<>();
        v.put("pcwf_conferenceDate", "2026-08-24");
        v.put("pcwf_caseFolder", CASE);
        v.put("pcwf_raisingAgency", "safeguardingUnit");
        v.put("pcwf_respondingAgency", "socialCare");
        return v;
    }
}
