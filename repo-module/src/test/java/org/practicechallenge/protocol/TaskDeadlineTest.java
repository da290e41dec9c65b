package org.practicechallenge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practicechallenge.protocol.ProtocolFixture.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every task that waits on a person has a due date, a reminder after it opens and before it is due, and an overdue moment. */
class TaskDeadlineTest
{
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final EscalationPolicy policy = policy();

    @Test
    void aOneDayStageRemindsOnTheMorningOfItsDueDayNotWhenItOpens()
    {
        // Raised Monday 24 August at 09:00 London; due Tuesday 25 August. Two working days before is Thursday 20th.
        StageDeadline deadline = policy.deadline(ChallengeKind.PROFESSIONAL_DIFFERENCE, Stage.STAGE_1, true, MONDAY_24_AUGUST_2026);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 8, 25));
        assertThat(deadline.remindAt()).isEqualTo(Instant.parse("2026-08-25T08:00:00Z")).isAfter(MONDAY_24_AUGUST_2026);
        assertThat(deadline.overdueAt()).isEqualTo(Instant.parse("2026-08-26T08:00:00Z"));
    }

    @Test
    void aReminderThatWouldFallOnTheOpeningDayMovesToTheDueDay()
    {
        // Two working days: opened Monday, due Wednesday; two working days before Wednesday is the Monday it opened.
        Map<String, String> settings = new HashMap<>(moduleSettings());
        settings.put("practicechallenge.timescale.professionalDifference.stage1.response", "2wd");
        StageDeadline deadline = policy(settings).deadline(ChallengeKind.PROFESSIONAL_DIFFERENCE, Stage.STAGE_1, false,
                MONDAY_24_AUGUST_2026);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 8, 26));
        assertThat(deadline.remindAt()).isEqualTo(Instant.parse("2026-08-26T08:00:00Z"));
    }

    @Test
    void aDecisionIsDueFiveWorkingDaysAfterItOpensAcrossTheBankHoliday()
    {
        Challenge challenge = policy.open(conferenceChallenge(1, null), MONDAY_24_AUGUST_2026);
        Instant responseIn = Instant.parse("2026-08-26T09:00:00Z");

        StageDeadline decision = policy.taskDeadline(WaitingTask.DECISION, challenge, responseIn);

        assertThat(decision.dueDate()).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(decision.remindAt()).isEqualTo(Instant.parse("2026-09-01T08:00:00Z"));
        assertThat(decision.overdueAt()).isEqualTo(Instant.parse("2026-09-04T08:00:00Z"));
    }

    @Test
    void aTaskTimescaleOfNoWorkingDaysStopsStartUp()
    {
        Map<String, String> settings = new HashMap<>(moduleSettings());
        settings.put("practicechallenge.timescale.conference.stage2.decision", "0wd");

        assertThatThrownBy(() -> policy(settings))
                .isInstanceOf(ProtocolViolation.class)
                .extracting(e -> ((ProtocolViolation) e).field()).isEqualTo("practicechallenge.timescale.conference.stage2.decision");
    }

    @Test
    void latenessIsAnsweringOnADayAfterTheDueDateAndSaysOnlyWhatHappened()
    {
        LocalDate due = LocalDate.of(2026, 9, 8);

        assertThat(Lateness.of(WaitingTask.RESPONSE, Stage.STAGE_2, due, Instant.parse("2026-09-08T22:59:00Z"), LONDON))
                .as("23:59 London on the due day").isEmpty();
        Lateness late = Lateness.of(WaitingTask.RESPONSE, Stage.STAGE_2, due, Instant.parse("2026-09-08T23:00:00Z"), LONDON)
                .orElseThrow();
        CaseRecordEntry entry = late.entry("sw1", "socialCare");

        assertThat(entry.kind()).isEqualTo(EntryKind.LATENESS);
        assertThat(entry.stage()).isEqualTo(Stage.STAGE_2);
        assertThat(entry.facts()).isEqualTo(
                "The Stage 2 response was due by Tuesday 8 September 2026 and was recorded on Wednesday 9 September 2026.");
        assertThat(entry.opinion()).isNull();
        assertThat(entry.recordedAt()).isEqualTo(Instant.parse("2026-09-08T23:00:00Z"));
    }
}
