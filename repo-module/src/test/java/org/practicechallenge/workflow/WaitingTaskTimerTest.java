package org.practicechallenge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicechallenge.workflow.ChallengeVariablesFixture.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.protocol.NoticeKind;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.StageNotice;

/**
 * Every task that waits on a person has a due date in working days, a reminder before it and an overdue notice after
 * it, and a task answered after its due date leaves a "late" entry on the case record. Challenges are raised on Monday
 * 24 August 2026 at 09:00 London; the summer bank holiday (Monday 31 August) is not a working day.
 */
class WaitingTaskTimerTest
{
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private PracticeChallengeEngine engine;

    @BeforeEach
    void startEngine()
    {
        engine = PracticeChallengeEngine.builder().startingAt(Instant.parse("2026-08-24T08:00:00Z")).build();
    }

    @AfterEach
    void stopEngine()
    {
        engine.close();
    }

    @Test
    void aDecisionLeftOpenGetsAReminderThenAnOverdueNotice()
    {
        ProcessInstance process = engine.startChallenge("chair1", conferenceChallenge(1, false));
        String ref = engine.challengeRef(process);
        // Response in on Wednesday 26 August: the decision's 5 working days skip the bank holiday, due Thursday 3 September.
        engine.advanceTo(Instant.parse("2026-08-26T09:00:00Z"));
        engine.complete(engine.task(process, "stage1Response"), "tm1", discussion("Report resubmitted"));
        Task decision = engine.task(process, "stage1Decision");
        assertThat(dueDay(decision)).isEqualTo(LocalDate.of(2026, 9, 3));

        // Reminder 2 working days before: Tuesday 1 September, 09:00 London.
        assertThat(engine.advanceTo(Instant.parse("2026-09-01T07:59:00Z"))).isZero();
        assertThat(engine.advanceTo(Instant.parse("2026-09-01T08:00:00Z"))).isEqualTo(1);
        StageNotice reminder = engine.notices().sent(ref, NoticeKind.DECISION_REMINDER).get(0);
        assertThat(reminder.stage()).isEqualTo(Stage.STAGE_1);
        assertThat(reminder.dueDate()).isEqualTo(LocalDate.of(2026, 9, 3));
        // To the side that decides: the chair who raised it and their own line managers, not other chairs nor the responders.
        assertThat(reminder.recipients()).containsExactlyInAnyOrder("chair1", "GROUP_PC_SAFEGUARDINGUNIT_MANAGERS");

        // Overdue the working day after: Friday 4 September, 09:00 London. The stage is not decided for anyone.
        assertThat(engine.advanceTo(Instant.parse("2026-09-04T07:59:00Z"))).isZero();
        assertThat(engine.notices().sent(ref, NoticeKind.DECISION_OVERDUE)).isEmpty();
        assertThat(engine.advanceTo(Instant.parse("2026-09-04T08:00:00Z"))).isEqualTo(1);
        assertThat(engine.notices().sent(ref, NoticeKind.DECISION_OVERDUE)).singleElement()
                .extracting(StageNotice::dueDate).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(engine.task(process, "stage1Decision")).as("still waiting for the decision").isNotNull();
        assertThat(engine.notices().sent(ref, NoticeKind.REMINDER)).as("the response was in before its reminder").isEmpty();

        // Decided on Monday 7 September: late, and the record says so.
        engine.advanceTo(Instant.parse("2026-09-07T10:00:00Z"));
        engine.complete(engine.task(process, "stage1Decision"), "chair1", decision("resolved"));
        assertThat(lateness(ref)).singleElement().satisfies(late ->
        {
            assertThat(late.stage()).isEqualTo(Stage.STAGE_1);
            assertThat(late.facts()).isEqualTo(
                    "The Stage 1 decision was due by Thursday 3 September 2026 and was recorded on Monday 7 September 2026.");
            assertThat(late.author()).isEqualTo("chair1");
            assertThat(late.agency()).isEqualTo("safeguardingUnit");
        });
    }

    @Test
    void theFamilyToldTaskFallsDueAndIsChased()
    {
        // Next conference Tuesday 20 October: the family is to be told by the working day before, Monday 19 October.
        ProcessInstance process = engine.startChallenge("chair1",
                with(conferenceChallenge(1, false), "pcwf_nextConferenceDate", "2026-10-20"));
        String ref = engine.challengeRef(process);
        assertThat(dueDay(engine.task(process, "familyInformed"))).isEqualTo(LocalDate.of(2026, 10, 19));

        engine.advanceTo(Instant.parse("2026-10-15T07:59:00Z"));
        assertThat(engine.notices().sent(ref, NoticeKind.FAMILY_INFORMED_REMINDER)).isEmpty();
        engine.advanceTo(Instant.parse("2026-10-15T08:00:00Z"));
        assertThat(engine.notices().sent(ref, NoticeKind.FAMILY_INFORMED_REMINDER)).singleElement().satisfies(reminder ->
        {
            assertThat(reminder.dueDate()).isEqualTo(LocalDate.of(2026, 10, 19));
            assertThat(reminder.recipients()).containsExactly("chair1");
        });

        engine.advanceTo(Instant.parse("2026-10-20T07:59:00Z"));
        assertThat(engine.notices().sent(ref, NoticeKind.FAMILY_INFORMED_OVERDUE)).isEmpty();
        engine.advanceTo(Instant.parse("2026-10-20T08:00:00Z"));
        assertThat(engine.notices().sent(ref, NoticeKind.FAMILY_INFORMED_OVERDUE)).hasSize(1);

        engine.advanceTo(Instant.parse("2026-10-21T09:00:00Z"));
        engine.complete(engine.task(process, "familyInformed"), "chair1", java.util.Map.of("pcwf_familyInformedDate", "2026-10-19"));
        assertThat(lateness(ref)).extracting(CaseRecordEntry::facts).contains(
                "The record that the family was told was due by Monday 19 October 2026 and was recorded on Wednesday 21 October 2026.");
    }

    @Test
    void withoutANextConferenceDateTheFamilyToldTaskHasItsOwnTimescale()
    {
        ProcessInstance process = engine.startChallenge("chair1", conferenceChallenge(1, false));
        // 20 working days from Monday 24 August, skipping the bank holiday: Tuesday 22 September.
        assertThat(dueDay(engine.task(process, "familyInformed"))).isEqualTo(LocalDate.of(2026, 9, 22));
    }

    @Test
    void aLateResponseLeavesALatenessEntryWithItsDueAndAnsweredDates()
    {
        ProcessInstance process = engine.startChallenge("chair1", conferenceChallenge(1, false));
        String ref = engine.challengeRef(process);
        // Due Tuesday 8 September; answered Thursday 10 September.
        engine.advanceTo(Instant.parse("2026-09-10T09:30:00Z"));
        engine.complete(engine.task(process, "stage1Response"), "tm1", discussion("Report resubmitted late"));

        assertThat(lateness(ref)).singleElement().satisfies(late ->
        {
            assertThat(late.stage()).isEqualTo(Stage.STAGE_1);
            assertThat(late.facts()).isEqualTo(
                    "The Stage 1 response was due by Tuesday 8 September 2026 and was recorded on Thursday 10 September 2026.");
            assertThat(late.opinion()).as("facts only").isNull();
            assertThat(late.author()).isEqualTo("tm1");
            assertThat(late.agency()).isEqualTo("socialCare");
            assertThat(late.recordedAt()).isEqualTo(Instant.parse("2026-09-10T09:30:00Z"));
        });
    }

    @Test
    void aResponseOnItsDueDayIsNotLate()
    {
        ProcessInstance process = engine.startChallenge("chair1", conferenceChallenge(1, false));
        String ref = engine.challengeRef(process);
        // Tuesday 8 September, 23:30 London: still the due day.
        engine.advanceTo(Instant.parse("2026-09-08T22:30:00Z"));
        engine.complete(engine.task(process, "stage1Response"), "tm1", discussion("Report resubmitted"));

        assertThat(lateness(ref)).isEmpty();
    }

    @Test
    void lateStageStaysOnTheRecordAfterEscalationClearsOverdue()
    {
        ProcessInstance process = engine.startChallenge("chair1", conferenceChallenge(1, false));
        String ref = engine.challengeRef(process);
        engine.advanceTo(Instant.parse("2026-09-09T08:00:00Z"));
        assertThat(engine.caseRecord().challenge(ref).overdue()).isTrue();
        engine.complete(engine.task(process, "stage1Response"), "tm1", discussion("Late reply"));
        engine.complete(engine.task(process, "stage1Decision"), "chair1", decision("escalate"));

        assertThat(engine.caseRecord().challenge(ref).overdue()).isFalse();
        assertThat(engine.caseRecord().challenge(ref).stage()).isEqualTo(Stage.STAGE_2);
        assertThat(lateness(ref)).extracting(CaseRecordEntry::stage, CaseRecordEntry::facts).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Stage.STAGE_1,
                        "The Stage 1 response was due by Tuesday 8 September 2026 and was recorded on Wednesday 9 September 2026."));
    }

    @Test
    void anImmediateWelfareChallengeSendsNoReminderWhenItOpens()
    {
        // Raised Monday 24 August 09:00 London; one working day: due Tuesday 25 August. Two working days before
        // that is before it opened, so the reminder goes on the morning of the due day.
        ProcessInstance process = engine.startChallenge("nurse1", with(professionalDifference(), "pcwf_immediateWelfareConcern", true));
        String ref = engine.challengeRef(process);
        assertThat(engine.caseRecord().challenge(ref).deadline().dueDate()).isEqualTo(LocalDate.of(2026, 8, 25));

        engine.advanceTo(Instant.parse("2026-08-24T08:00:00Z"));
        engine.advanceTo(Instant.parse("2026-08-25T07:59:00Z"));
        assertThat(engine.notices().sent(ref, NoticeKind.REMINDER)).as("no reminder when it opens").isEmpty();

        engine.advanceTo(Instant.parse("2026-08-25T08:00:00Z"));
        assertThat(engine.notices().sent(ref, NoticeKind.REMINDER)).singleElement()
                .extracting(StageNotice::dueDate).isEqualTo(LocalDate.of(2026, 8, 25));
        engine.advanceTo(Instant.parse("2026-08-26T08:00:00Z"));
        assertThat(engine.notices().sent(ref, NoticeKind.OVERDUE)).hasSize(1);
    }

    @Test
    void thePracticeReviewGroupReferralFallsDueAndIsChased()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        String ref = engine.challengeRef(process);
        for (int stage = 1; stage <= 4; stage++)
        {
            engine.complete(engine.task(process, "stage" + stage + "Response"), "responder" + stage, discussion("No agreement"));
            engine.complete(engine.task(process, "stage" + stage + "Decision"), "nurse1", decision("escalate"));
        }
        // Referred on Monday 24 August: 40 working days, skipping the bank holiday, due Tuesday 20 October.
        assertThat(dueDay(engine.task(process, "practiceReviewGroupReferral"))).isEqualTo(LocalDate.of(2026, 10, 20));

        engine.advanceTo(Instant.parse("2026-10-16T07:59:00Z"));
        assertThat(engine.notices().sent(ref, NoticeKind.REMINDER)).isEmpty();
        engine.advanceTo(Instant.parse("2026-10-16T08:00:00Z"));
        assertThat(engine.notices().sent(ref, NoticeKind.REMINDER)).singleElement()
                .extracting(StageNotice::stage).isEqualTo(Stage.PRACTICE_REVIEW_GROUP);
        engine.advanceTo(Instant.parse("2026-10-21T08:00:00Z"));
        assertThat(engine.notices().sent(ref, NoticeKind.OVERDUE)).singleElement().satisfies(overdue ->
                assertThat(overdue.recipients()).contains("GROUP_PC_PRACTICE_REVIEW_GROUP"));
        assertThat(engine.caseRecord().challenge(ref).overdue()).isTrue();
    }

    @Test
    void theChildInNeedCheckFallsDueIsChasedAndALateCheckIsEnteredOnTheCase()
    {
        String caseFolder = "workspace://SpacesStore/case-cin-late";
        // Step-down conference Monday 24 August: the check falls due Monday 5 October, 09:00 London, and is to be
        // recorded within 5 working days, by Monday 12 October.
        ProcessInstance check = engine.startCinStepDownCheck("chair1", java.util.Map.of("pcwf_conferenceDate", "2026-08-24",
                "pcwf_caseFolder", caseFolder, "pcwf_raisingAgency", "safeguardingUnit", "pcwf_respondingAgency", "socialCare"));
        engine.advanceTo(Instant.parse("2026-10-05T08:00:00Z"));
        assertThat(dueDay(engine.task(check, "cinEvidenceCheck"))).isEqualTo(LocalDate.of(2026, 10, 12));

        engine.advanceTo(Instant.parse("2026-10-08T07:59:00Z"));
        assertThat(engine.notices().sent(caseFolder, NoticeKind.CIN_CHECK_REMINDER)).isEmpty();
        engine.advanceTo(Instant.parse("2026-10-08T08:00:00Z"));
        assertThat(engine.notices().sent(caseFolder, NoticeKind.CIN_CHECK_REMINDER)).singleElement().satisfies(reminder ->
        {
            assertThat(reminder.dueDate()).isEqualTo(LocalDate.of(2026, 10, 12));
            assertThat(reminder.recipients()).containsExactly("chair1");
        });
        engine.advanceTo(Instant.parse("2026-10-13T08:00:00Z"));
        assertThat(engine.notices().sent(caseFolder, NoticeKind.CIN_CHECK_OVERDUE)).hasSize(1);

        engine.advanceTo(Instant.parse("2026-10-14T09:00:00Z"));
        engine.complete(engine.task(check, "cinEvidenceCheck"), "chair1", java.util.Map.of("pcwf_cinOutcome", "evidenced",
                "pcwf_facts", "CiN meeting held 14 September; CiN plan on file dated 15 September."));
        assertThat(engine.caseRecord().caseEntries(caseFolder)).extracting(CaseRecordEntry::kind, CaseRecordEntry::facts)
                .contains(org.assertj.core.groups.Tuple.tuple(EntryKind.LATENESS,
                        "The six-week Child in Need check was due by Monday 12 October 2026 and was recorded on Wednesday 14 October 2026."));
    }

    private java.util.List<CaseRecordEntry> lateness(String ref)
    {
        return engine.caseRecord().entries(ref).stream().filter(e -> e.kind() == EntryKind.LATENESS).toList();
    }

    private static LocalDate dueDay(Task task)
    {
        return task.getDueDate().toInstant().atZone(LONDON).toLocalDate();
    }
}
