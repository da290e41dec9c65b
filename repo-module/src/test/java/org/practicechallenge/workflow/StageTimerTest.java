package org.practicechallenge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicechallenge.workflow.ChallengeVariablesFixture.*;

import java.time.Instant;
import java.time.LocalDate;

import org.activiti.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.NoticeKind;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.StageNotice;

/**
 * Stage timescales as timers on the engine clock. Conference Stage 1 raised Monday 24 August 2026: the 10 working
 * days skip the summer bank holiday (Monday 31 August), so the response is due Tuesday 8 September; the reminder
 * (2 working days before) goes Friday 4 September and the overdue notice Wednesday 9 September, at 09:00 London.
 */
class StageTimerTest
{
    private static final Instant BEFORE_REMINDER = Instant.parse("2026-09-04T07:59:00Z");
    private static final Instant REMINDER = Instant.parse("2026-09-04T08:00:00Z");
    private static final Instant BEFORE_OVERDUE = Instant.parse("2026-09-09T07:59:00Z");
    private static final Instant OVERDUE = Instant.parse("2026-09-09T08:00:00Z");

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
    void reminderFiresTwoWorkingDaysBeforeTheDueDateAcrossTheBankHoliday()
    {
        ProcessInstance process = engine.startChallenge("chair1", conferenceChallenge(1, false));
        String ref = engine.challengeRef(process);
        assertThat(engine.caseRecord().challenge(ref).deadline().dueDate()).isEqualTo(LocalDate.of(2026, 9, 8));

        assertThat(engine.advanceTo(BEFORE_REMINDER)).isZero();
        assertThat(engine.notices().sent(ref, NoticeKind.REMINDER)).isEmpty();

        assertThat(engine.advanceTo(REMINDER)).isEqualTo(1);
        StageNotice reminder = engine.notices().sent(ref, NoticeKind.REMINDER).get(0);
        assertThat(reminder.stage()).isEqualTo(Stage.STAGE_1);
        // To this stage's people and to those who would take it at Stage 2.
        assertThat(reminder.recipients()).contains("GROUP_PC_SOCIALCARE_FIRST_LINE_MANAGERS",
                "GROUP_PC_SOCIALCARE_LINE_MANAGERS", "GROUP_PC_SAFEGUARDINGUNIT_MANAGERS");
        assertThat(engine.caseRecord().challenge(ref).overdue()).isFalse();
    }

    @Test
    void overdueNoticeFlagsTheChallengeButNeverDecidesIt()
    {
        ProcessInstance process = engine.startChallenge("chair1", conferenceChallenge(1, false));
        String ref = engine.challengeRef(process);

        engine.advanceTo(BEFORE_OVERDUE);
        assertThat(engine.notices().sent(ref, NoticeKind.OVERDUE)).isEmpty();
        engine.advanceTo(OVERDUE);

        assertThat(engine.notices().sent(ref, NoticeKind.OVERDUE)).hasSize(1);
        Challenge challenge = engine.caseRecord().challenge(ref);
        assertThat(challenge.overdue()).isTrue();
        assertThat(challenge.status()).isEqualTo(ChallengeStatus.OPEN);
        assertThat(challenge.stage()).isEqualTo(Stage.STAGE_1);
        assertThat(engine.task(process, "stage1Response")).as("still waiting for the response").isNotNull();
    }

    @Test
    void eachTimerFiresOnceEvenWhenTheClockMovesOnFarLater()
    {
        ProcessInstance process = engine.startChallenge("chair1", conferenceChallenge(1, false));
        String ref = engine.challengeRef(process);

        engine.advanceTo(Instant.parse("2026-12-01T08:00:00Z"));
        engine.advanceTo(Instant.parse("2026-12-02T08:00:00Z"));

        assertThat(engine.notices().sent(ref, NoticeKind.REMINDER)).hasSize(1);
        assertThat(engine.notices().sent(ref, NoticeKind.OVERDUE)).hasSize(1);
    }

    @Test
    void respondingInTimeCancelsTheStagesTimers()
    {
        ProcessInstance process = engine.startChallenge("chair1", conferenceChallenge(1, false));
        String ref = engine.challengeRef(process);
        engine.complete(engine.task(process, "stage1Response"), "tm1", discussion("Report resubmitted"));

        engine.advanceTo(Instant.parse("2026-12-01T08:00:00Z"));

        assertThat(engine.notices().sent(ref, NoticeKind.REMINDER)).isEmpty();
        assertThat(engine.notices().sent(ref, NoticeKind.OVERDUE)).isEmpty();
    }

    @Test
    void escalationStartsTheNextStagesClockAndClearsTheOverdueFlag()
    {
        ProcessInstance process = engine.startChallenge("chair1", conferenceChallenge(1, false));
        String ref = engine.challengeRef(process);
        engine.advanceTo(OVERDUE);
        engine.complete(engine.task(process, "stage1Response"), "tm1", discussion("Late reply"));
        engine.complete(engine.task(process, "stage1Decision"), "chair1", decision("escalate"));

        Challenge challenge = engine.caseRecord().challenge(ref);
        assertThat(challenge.stage()).isEqualTo(Stage.STAGE_2);
        assertThat(challenge.overdue()).isFalse();
        // Stage 2 started Wednesday 9 September: 10 working days -> Wednesday 23 September.
        assertThat(challenge.deadline().dueDate()).isEqualTo(LocalDate.of(2026, 9, 23));
        assertThat(engine.notices().sent(ref, NoticeKind.STAGE_STARTED)).extracting(StageNotice::stage)
                .containsExactly(Stage.STAGE_1, Stage.STAGE_2);
    }
}
