package org.practicechallenge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practicechallenge.workflow.ChallengeVariablesFixture.*;

import java.time.LocalDate;
import java.util.Map;

import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.DiscussionMethod;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.protocol.Stage;

/** The conference challenge protocol (section 4) on the real engine. */
class ConferenceChallengeWorkflowTest
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
    void chairStartsAtStageOneWithTheFormDueThreeWorkingDaysAfterTheConference()
    {
        ProcessInstance process = engine.startChallenge("chair1", conferenceChallenge(1, false));

        assertThat(engine.task(process, "stage1Response")).isNotNull();
        Challenge challenge = engine.caseRecord().challenge(engine.challengeRef(process));
        // Conference Thursday 20 August 2026: form due Tuesday 25th; raised Monday 24th, so not late.
        assertThat(challenge.formDueDate()).isEqualTo(LocalDate.of(2026, 8, 25));
        assertThat(challenge.raisedLate()).isFalse();
        // Line manager responds within 10 working days, skipping the summer bank holiday (31 August).
        assertThat(challenge.deadline().dueDate()).isEqualTo(LocalDate.of(2026, 9, 8));
    }

    @Test
    void chairStartsAtStageTwoAfterConsultingLineManager()
    {
        ProcessInstance process = engine.startChallenge("chair1",
                with(conferenceChallenge(2, true), "pcwf_lineManagerName", "Safeguarding Unit Manager"));

        assertThat(engine.task(process, "stage1Response")).isNull();
        assertThat(engine.task(process, "stage2Response")).isNotNull();
        Challenge challenge = engine.caseRecord().challenge(engine.challengeRef(process));
        assertThat(challenge.startStage()).isEqualTo(Stage.STAGE_2);
        assertThat(challenge.lineManagerName()).isEqualTo("Safeguarding Unit Manager");
    }

    @Test
    void chairStartsAtStageThreeAfterConsultingLineManager()
    {
        ProcessInstance process = engine.startChallenge("chair1", conferenceChallenge(3, true));

        assertThat(engine.task(process, "stage3Response")).isNotNull();
        assertThat(ProfessionalDifferenceWorkflowTest.candidateGroups(engine.task(process, "stage3Response")))
                .containsExactly("GROUP_PC_SOCIALCARE_SENIOR_MANAGERS");
    }

    @Test
    void chairCannotStartAtStageTwoOrThreeWithoutConsultingLineManager()
    {
        int before = engine.caseRecord().challengeCount();
        long processes = engine.runtime().createProcessInstanceQuery().count();

        for (int stage : new int[] {2, 3})
        {
            assertThatThrownBy(() -> engine.startChallenge("chair1", conferenceChallenge(stage, false)))
                    .hasMessage("Line manager consulted: a chair may start at Stage " + stage + " only after consulting their own line manager");
        }
        assertThat(engine.caseRecord().challengeCount()).isEqualTo(before);
        assertThat(engine.runtime().createProcessInstanceQuery().count()).isEqualTo(processes);
    }

    @Test
    void chairRecordsThatTheFamilyWasToldBeforeTheNextConference()
    {
        ProcessInstance process = engine.startChallenge("chair1",
                with(conferenceChallenge(1, false), "pcwf_nextConferenceDate", "2026-11-19"));

        Task familyInformed = engine.task(process, "familyInformed");
        assertThat(familyInformed.getAssignee()).isEqualTo("chair1");
        assertThat(familyInformed.getDueDate()).isNotNull();
        assertThat(familyInformed.getDueDate().toInstant()).isBefore(LocalDate.of(2026, 11, 20).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));

        engine.complete(familyInformed, "chair1", Map.of("pcwf_familyInformedDate", "2026-08-24", "pcwf_familyToldMethod", "meeting"));
        Challenge challenge = engine.caseRecord().challenge(engine.challengeRef(process));
        assertThat(challenge.familyInformedDate()).isEqualTo(LocalDate.of(2026, 8, 24));
        CaseRecordEntry told = familyEntry(challenge);
        assertThat(told.outcomeSummary()).isEqualTo("The family was told of the challenge on 24 Aug 2026.");
        assertThat(told.facts()).as("nothing the chair did not write").isNull();
        assertThat(told.method()).isEqualTo(DiscussionMethod.MEETING);
        assertThat(engine.hasEnded(process)).isFalse();
    }

    @Test
    void chairRecordsWhyTheFamilyWasNotToldAndNoDayIsSet()
    {
        ProcessInstance process = engine.startChallenge("chair1",
                with(conferenceChallenge(1, false), "pcwf_nextConferenceDate", "2026-11-19"));

        engine.complete(engine.task(process, "familyInformed"), "chair1",
                Map.of("pcwf_familyNotToldReason", "The parents could not be reached before the conference."));
        Challenge challenge = engine.caseRecord().challenge(engine.challengeRef(process));
        assertThat(challenge.familyInformedDate()).isNull();
        CaseRecordEntry notTold = familyEntry(challenge);
        assertThat(notTold.outcomeSummary()).isEqualTo("The family was not told of the challenge.");
        assertThat(notTold.facts()).isEqualTo("The parents could not be reached before the conference.");
        assertThat(notTold.method()).isNull();
        assertThat(engine.task(process, "familyInformed")).as("recorded, so the task is done").isNull();
    }

    private static CaseRecordEntry familyEntry(Challenge challenge)
    {
        return engine.caseRecord().entries(challenge.ref()).stream().filter(e -> e.kind() == EntryKind.FAMILY_INFORMED)
                .findFirst().orElseThrow();
    }

    @Test
    void conferenceChallengeEndsWhenResolvedAndTheFamilyHasBeenTold()
    {
        ProcessInstance process = engine.startChallenge("chair1", conferenceChallenge(1, false));
        engine.complete(engine.task(process, "stage1Response"), "sw1", discussion("Report to be resubmitted"));
        engine.complete(engine.task(process, "stage1Decision"), "chair1", decision("resolved"));
        assertThat(engine.hasEnded(process)).as("waits for the chair to tell the family").isFalse();

        engine.complete(engine.task(process, "familyInformed"), "chair1", Map.of("pcwf_familyInformedDate", "2026-08-24"));

        assertThat(engine.hasEnded(process)).isTrue();
        Challenge challenge = engine.caseRecord().challenge(engine.challengeRef(process));
        assertThat(challenge.status()).isEqualTo(ChallengeStatus.RESOLVED);
        assertThat(challenge.familyInformedDate()).isNotNull();
    }

    @Test
    void professionalDifferenceHasNoFamilyTask()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        assertThat(engine.task(process, "familyInformed")).isNull();
    }
}
