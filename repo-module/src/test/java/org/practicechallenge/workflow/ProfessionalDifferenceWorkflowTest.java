package org.practicechallenge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicechallenge.workflow.ChallengeVariablesFixture.*;

import java.util.List;

import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.IdentityLink;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.StageOutcome;

/** The general process (section 3) walked on the real engine with the module's BPMN. */
class ProfessionalDifferenceWorkflowTest
{
    private static PracticeChallengeEngine engine;

    @BeforeAll
    static void startEngine()
    {
        engine = PracticeChallengeEngine.builder().startingAt(PracticeChallengeEngine.MONDAY_24_AUGUST_2026).build();
    }

    @AfterAll
    static void stopEngine()
    {
        engine.close();
    }

    @Test
    void professionalDifferenceStartsAtStageOneWithTheRespondingAgencysPractitioners()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());

        Task response = engine.task(process, "stage1Response");
        assertThat(response).isNotNull();
        assertThat(response.getPriority()).as("no welfare concern: not raised to high").isNotEqualTo(1);
        assertThat(candidateGroups(response)).containsExactlyInAnyOrder(
                "GROUP_PC_SOCIALCARE_PRACTITIONERS", "GROUP_PC_SOCIALCARE_FIRST_LINE_MANAGERS");
        Challenge challenge = engine.caseRecord().challenge(engine.challengeRef(process));
        assertThat(challenge.stage()).isEqualTo(Stage.STAGE_1);
        assertThat(challenge.raisedBy()).isEqualTo("nurse1");
        assertThat(engine.caseRecord().processInstanceOf(challenge.ref())).isEqualTo(process.getId());
        assertThat(engine.caseRecord().entries(challenge.ref())).extracting(CaseRecordEntry::kind).containsExactly(EntryKind.RAISED);
    }

    @ParameterizedTest(name = "resolved at stage {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void challengeResolvedAtEachStageClosesWithEveryStepOnTheCaseRecord(int resolvingStage)
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        for (int stage = 1; stage < resolvingStage; stage++)
        {
            respondAndDecide(process, stage, "escalate");
        }
        respondAndDecide(process, resolvingStage, "resolved");

        assertThat(engine.hasEnded(process)).isTrue();
        Challenge challenge = engine.caseRecord().challenge(engine.challengeRef(process));
        assertThat(challenge.status()).isEqualTo(ChallengeStatus.RESOLVED);
        assertThat(challenge.stage().number()).isEqualTo(resolvingStage);
        assertThat(challenge.closedAt()).isNotNull();
        assertThat(engine.variable(process, "pcwf_stageOutcome")).isEqualTo("resolved");
        List<CaseRecordEntry> entries = engine.caseRecord().entries(challenge.ref());
        assertThat(entries).hasSize(1 + 2 * resolvingStage);
        assertThat(entries.get(entries.size() - 1).outcome()).isEqualTo(StageOutcome.RESOLVED);
    }

    @Test
    void unresolvedStageFourIsReferredToThePracticeReviewGroup()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        for (int stage = 1; stage <= 4; stage++)
        {
            respondAndDecide(process, stage, "escalate");
        }

        Task referral = engine.task(process, "practiceReviewGroupReferral");
        assertThat(candidateGroups(referral)).containsExactly("GROUP_PC_PRACTICE_REVIEW_GROUP");
        engine.complete(referral, "prgchair", with(discussion("Learning shared with both agencies"), "pcwf_referralOutcome", "resolved"));

        assertThat(engine.hasEnded(process)).isTrue();
        Challenge challenge = engine.caseRecord().challenge(engine.challengeRef(process));
        assertThat(challenge.stage()).isEqualTo(Stage.PRACTICE_REVIEW_GROUP);
        assertThat(challenge.status()).isEqualTo(ChallengeStatus.RESOLVED);
        assertThat(engine.caseRecord().entries(challenge.ref())).extracting(CaseRecordEntry::kind)
                .endsWith(EntryKind.DECISION, EntryKind.REFERRAL);
    }

    @Test
    void stageFourGoesToBothDirectorsAndThePartnership()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        for (int stage = 1; stage <= 3; stage++)
        {
            respondAndDecide(process, stage, "escalate");
        }
        assertThat(candidateGroups(engine.task(process, "stage4Response")))
                .containsExactlyInAnyOrder("GROUP_PC_SOCIALCARE_DIRECTOR", "GROUP_PC_PARTNERSHIP");
        engine.complete(engine.task(process, "stage4Response"), "director1", discussion("Directors met"));
        assertThat(candidateGroups(engine.task(process, "stage4Decision")))
                .containsExactlyInAnyOrder("GROUP_PC_HEALTH_DIRECTOR", "GROUP_PC_PARTNERSHIP");
    }

    @Test
    void raiserWithdrawsWithAReasonAndTheChallengeStaysClosed()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        respondAndDecide(process, 1, "escalate");
        respondAndDecide(process, 2, "withdrawn");

        assertThat(engine.hasEnded(process)).isTrue();
        Challenge challenge = engine.caseRecord().challenge(engine.challengeRef(process));
        assertThat(challenge.status()).isEqualTo(ChallengeStatus.WITHDRAWN);
        assertThat(challenge.withdrawalReason()).isEqualTo("New information resolved the concern.");
    }

    @Test
    void raisedWithFactsAndOpinionTheFirstEntryKeepsThemApartAndTheSummaryIsTheFacts()
    {
        String facts = "On 20 August the referral about bruising was closed without a strategy discussion.";
        String opinion = "A strategy discussion was needed: the bruising was unexplained in a non-mobile baby.";
        java.util.Map<String, Object> start = with(with(with(professionalDifference(), "pcwf_issueSummary", null),
                "pcwf_issueFacts", facts), "pcwf_issueOpinion", opinion);
        ProcessInstance process = engine.startChallenge("nurse1", start);

        Challenge challenge = engine.caseRecord().challenge(engine.challengeRef(process));
        CaseRecordEntry raised = engine.caseRecord().entries(challenge.ref()).get(0);
        assertThat(raised.kind()).isEqualTo(EntryKind.RAISED);
        assertThat(raised.facts()).isEqualTo(facts);
        assertThat(raised.opinion()).isEqualTo(opinion);
        assertThat(challenge.issueSummary()).isEqualTo(facts);
        assertThat(engine.variable(process, "pcwf_issueOpinion")).as("shown on every later task").isEqualTo(opinion);
    }

    @Test
    void factsLongerThanASummaryAreCutAtAWordForTheSummaryAndKeptWholeOnTheRecord()
    {
        String facts = "word ".repeat(1_000).trim();
        ProcessInstance process = engine.startChallenge("nurse1", with(with(with(professionalDifference(), "pcwf_issueSummary", null),
                "pcwf_issueFacts", facts), "pcwf_issueOpinion", "Wrong."));

        Challenge challenge = engine.caseRecord().challenge(engine.challengeRef(process));
        assertThat(challenge.issueSummary()).hasSizeLessThanOrEqualTo(4000).endsWith("word\u2026");
        assertThat(engine.caseRecord().entries(challenge.ref()).get(0).facts()).isEqualTo(facts);
    }

    @Test
    void immediateWelfareConcernLetsStageOneStartWithAnyMixOfPractitionersManagersAndSafeguardingLeads()
    {
        ProcessInstance process = engine.startChallenge("nurse1", with(professionalDifference(), "pcwf_immediateWelfareConcern", true));

        assertThat(candidateGroups(engine.task(process, "stage1Response"))).containsExactlyInAnyOrder(
                "GROUP_PC_SOCIALCARE_PRACTITIONERS", "GROUP_PC_SOCIALCARE_FIRST_LINE_MANAGERS",
                "GROUP_PC_SOCIALCARE_LINE_MANAGERS", "GROUP_PC_SOCIALCARE_SAFEGUARDING_LEADS");
        Challenge challenge = engine.caseRecord().challenge(engine.challengeRef(process));
        assertThat(challenge.immediateWelfareConcern()).isTrue();
        assertThat(engine.task(process, "stage1Response").getPriority()).as("high, ahead of other tasks").isEqualTo(1);
        assertThat(engine.variable(process, "bpm_workflowPriority")).isEqualTo(1);
        // One working day: Monday 24 August 2026 -> Tuesday 25 August.
        assertThat(challenge.deadline().dueDate()).hasToString("2026-08-25");
    }

    @Test
    void stageOneDecisionIsOfferedToTheRaiserAndTheirFirstLineManagers()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        engine.complete(engine.task(process, "stage1Response"), "sw1", discussion("Agreed to review"));

        Task decision = engine.task(process, "stage1Decision");
        assertThat(candidateUsers(decision)).containsExactly("nurse1");
        assertThat(candidateGroups(decision)).containsExactly("GROUP_PC_HEALTH_FIRST_LINE_MANAGERS");
    }

    @Test
    void stageOneGoesToThePractitionerTheRaiserPickedAndTheirFirstLineManagers()
    {
        ProcessInstance process = engine.startChallenge("nurse1", with(professionalDifference(),
                "pcwf_challengedPractitionerPerson", new RepositoryNode(new org.alfresco.service.cmr.repository.NodeRef("workspace://SpacesStore/person-sw7"), "sw7")));

        Task response = engine.task(process, "stage1Response");
        assertThat(candidateUsers(response)).containsExactly("sw7");
        assertThat(candidateGroups(response)).containsExactly("GROUP_PC_SOCIALCARE_FIRST_LINE_MANAGERS");
        assertThat(engine.caseRecord().challenge(engine.challengeRef(process)).challengedPractitioner()).isEqualTo("sw7");
        engine.complete(response, "sw7", discussion("We spoke on the phone"));
        assertThat(engine.task(process, "stage1Decision")).isNotNull();
    }

    static List<String> candidateUsers(Task task)
    {
        return engine.tasks().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getUserId).filter(u -> u != null).toList();
    }

    static void respondAndDecide(ProcessInstance process, int stage, String outcome)
    {
        Task response = engine.task(process, "stage" + stage + "Response");
        assertThat(response).as("stage %d response task", stage).isNotNull();
        engine.complete(response, "responder" + stage, discussion("Response at stage " + stage));
        Task decision = engine.task(process, "stage" + stage + "Decision");
        assertThat(decision).as("stage %d decision task", stage).isNotNull();
        engine.complete(decision, "nurse1", decision(outcome));
    }

    static List<String> candidateGroups(Task task)
    {
        return engine.tasks().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    }
}
