package org.practicechallenge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practicechallenge.protocol.ProtocolFixture.*;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EscalationPolicyTest
{
    private final EscalationPolicy policy = policy();
    private final Instant now = MONDAY_24_AUGUST_2026;

    @Test
    void professionalDifferenceStartsAtStageOne()
    {
        Challenge challenge = policy.open(professionalDifference(), now);

        assertThat(challenge.stage()).isEqualTo(Stage.STAGE_1);
        assertThat(challenge.status()).isEqualTo(ChallengeStatus.OPEN);
        // Five working days for a professional difference at Stage 1.
        assertThat(challenge.deadline().dueDate()).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void chairStartsAtStageThreeAfterConsultingLineManager()
    {
        assertThat(policy.open(conferenceChallenge(3, true), now).stage()).isEqualTo(Stage.STAGE_3);
    }

    @Test
    void chairMayNotSkipToStageTwoWithoutConsultingLineManager()
    {
        assertThatThrownBy(() -> policy.open(conferenceChallenge(2, false), now))
                .isInstanceOf(ProtocolViolation.class)
                .extracting(e -> ((ProtocolViolation) e).field()).isEqualTo("lineManagerConsulted");
    }

    @Test
    void conferenceChallengeComesFromTheChairsAgencyWhenNoneIsNamed()
    {
        ChallengeStart start = conferenceChallenge(1, null);
        ChallengeStart unnamed = new ChallengeStart(start.kind(), start.startStage(), null, null, null, null,
                start.respondingAgency(), null, start.issueCategory(), null, start.issueSummary(), null, start.conferenceDate(),
                null, start.caseFolder(), start.raisedBy());

        assertThat(policy.open(unnamed, now).raisingAgency()).isEqualTo("safeguardingUnit");
    }

    @Test
    void nothingStartsAtStageFour()
    {
        assertThatThrownBy(() -> policy.open(conferenceChallenge(4, true), now))
                .hasMessage("startStage: a challenge cannot start at Stage 4; it is reached only by escalation from Stage 3");
    }

    @Test
    void stagesMoveForwardOneAtATimeToThePracticeReviewGroup()
    {
        Challenge challenge = policy.open(professionalDifference(), now);
        for (Stage expected : new Stage[] {Stage.STAGE_2, Stage.STAGE_3, Stage.STAGE_4, Stage.PRACTICE_REVIEW_GROUP})
        {
            challenge = policy.decide(challenge, "escalate", null, discussion(), now);
            assertThat(challenge.stage()).isEqualTo(expected);
        }
        assertThatThrownBy(() -> policy.decide(policy.open(professionalDifference(), now).toBuilder()
                .stage(Stage.PRACTICE_REVIEW_GROUP).build(), "escalate", null, discussion(), now))
                .hasMessageContaining("referral outcome");
    }

    @Test
    void closedChallengeNeverReopens()
    {
        Challenge resolved = policy.decide(policy.open(professionalDifference(), now), "resolved", null, discussion(), now);

        assertThat(resolved.isClosed()).isTrue();
        assertThatThrownBy(() -> policy.decide(resolved, "escalate", null, discussion(), now)).isInstanceOf(ProtocolViolation.class)
                .hasFieldOrPropertyWithValue("field", ProtocolViolation.CHALLENGE)
                .hasFieldOrPropertyWithValue("rule", "This challenge is closed (resolved); a closed challenge never reopens, so nothing was recorded");
        assertThatThrownBy(() -> policy.markOverdue(resolved)).hasMessageContaining("This challenge is closed (resolved)");
    }

    @Test
    void withdrawalNeedsAReason()
    {
        Challenge open = policy.open(professionalDifference(), now);

        assertThatThrownBy(() -> policy.decide(open, "withdrawn", "  ", discussion(), now)).hasMessage("withdrawalReason: is required");
        assertThat(policy.decide(open, "withdrawn", "Resolved informally", discussion(), now).status()).isEqualTo(ChallengeStatus.WITHDRAWN);
    }

    @Test
    void practiceReviewGroupResolvesOrWithdrawsButCannotEscalate()
    {
        Challenge atGroup = policy.open(professionalDifference(), now).toBuilder().stage(Stage.PRACTICE_REVIEW_GROUP).build();

        assertThat(policy.concludeReferral(atGroup, "resolved", null, discussion(), now).status()).isEqualTo(ChallengeStatus.RESOLVED);
        assertThatThrownBy(() -> policy.concludeReferral(atGroup, "escalate", null, discussion(), now)).hasMessageContaining("referralOutcome");
    }

    @Test
    void chairRaisingMoreThanThreeWorkingDaysAfterTheConferenceIsMarkedLate()
    {
        Challenge late = policy.open(conferenceChallenge(1, null), Instant.parse("2026-08-28T08:00:00Z"));

        assertThat(late.formDueDate()).isEqualTo(LocalDate.of(2026, 8, 25));
        assertThat(late.raisedLate()).isTrue();
    }

    @Test
    void reminderGoesTwoWorkingDaysBeforeTheDueDateAtNineInLondon()
    {
        StageDeadline deadline = policy.deadline(ChallengeKind.CONFERENCE_CHALLENGE, Stage.STAGE_1, false, now);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 9, 8));
        assertThat(deadline.remindAt()).isEqualTo(Instant.parse("2026-09-04T08:00:00Z"));
        assertThat(deadline.overdueAt()).isEqualTo(Instant.parse("2026-09-09T08:00:00Z"));
    }

    @Test
    void familyIsToldOnlyAboutConferenceChallengesAndNotInTheFuture()
    {
        Challenge conference = policy.open(conferenceChallenge(1, null), now);

        assertThat(policy.recordFamilyInformed(conference, LocalDate.of(2026, 8, 24), now).familyInformedDate()).isEqualTo(LocalDate.of(2026, 8, 24));
        assertThatThrownBy(() -> policy.recordFamilyInformed(conference, LocalDate.of(2026, 9, 1), now))
                .hasMessage("familyInformedDate: must not be in the future");
        assertThatThrownBy(() -> policy.recordFamilyInformed(policy.open(professionalDifference(), now), LocalDate.of(2026, 8, 24), now))
                .hasMessageContaining("only conference challenges");
    }

    @Test
    void cinCheckFallsSixWeeksAfterTheConferenceOnAWorkingDay()
    {
        assertThat(policy.cinStepDownCheck().checkDate(LocalDate.of(2026, 8, 24))).isEqualTo(LocalDate.of(2026, 10, 5));
        // Six weeks after 20 July 2026 is the summer bank holiday; the check moves to Tuesday.
        assertThat(policy.cinStepDownCheck().checkDate(LocalDate.of(2026, 7, 20))).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void familyIsToldAtTheMeetingBeforeTheConferenceNotLongBefore()
    {
        Challenge conference = policy.open(conferenceChallenge(1, null), now);

        assertThat(policy.recordFamilyInformed(conference, LocalDate.of(2026, 8, 13), now).familyInformedDate()).isEqualTo(LocalDate.of(2026, 8, 13));
        assertThatThrownBy(() -> policy.recordFamilyInformed(conference, LocalDate.of(2026, 8, 12), now))
                .hasMessage("familyInformedDate: must not be more than 7 days before the conference date");
        assertThatThrownBy(() -> policy.recordFamilyInformed(conference, LocalDate.of(1900, 1, 1), now))
                .hasMessage("familyInformedDate: must not be more than 7 days before the conference date");
    }

    @Test
    void lineManagerIsConsultedAboutThisChallengeNotMonthsBeforeIt()
    {
        assertThat(policy.open(consultedOn(LocalDate.of(2026, 5, 20)), now).lineManagerConsultedDate()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThatThrownBy(() -> policy.open(consultedOn(LocalDate.of(2026, 5, 19)), now))
                .hasMessage("lineManagerConsultedDate: must not be more than 3 months before the conference date");
        assertThatThrownBy(() -> policy.open(consultedOn(LocalDate.of(1900, 1, 1)), now))
                .hasMessage("lineManagerConsultedDate: must not be more than 3 months before the conference date");
        assertThatThrownBy(() -> policy.open(consultedOn(LocalDate.of(2026, 8, 25)), now))
                .hasMessage("lineManagerConsultedDate: must not be in the future");
    }

    @Test
    void cinCheckIsForARecentStepDownConference()
    {
        CinStepDownCheck check = policy.cinStepDownCheck();

        assertThat(check.schedule(LocalDate.of(2026, 2, 24), "case", "chair1", null, null, now)).isBeforeOrEqualTo(LocalDate.of(2026, 4, 7));
        assertThatThrownBy(() -> check.schedule(LocalDate.of(2026, 2, 23), "case", "chair1", null, null, now))
                .hasMessage("conferenceDate: must not be more than 6 months ago: the check is six weeks after the step-down conference");
        assertThatThrownBy(() -> check.schedule(LocalDate.of(1900, 1, 1), "case", "chair1", null, null, now))
                .hasMessageStartingWith("conferenceDate: must not be more than 6 months ago");
    }

    @Test
    void aCinCheckLeftOpenForMonthsCanStillRaiseItsChallenge()
    {
        // The check fell due six weeks after a conference 13 months ago: the issue arose at the check, within the year.
        ChallengeStart fromCheck = policy.cinStepDownCheck().challengeWhenNotEvidenced(LocalDate.of(2025, 7, 21), "case",
                "chair1", "safeguardingUnit", "socialCare", discussion());

        assertThat(policy.open(fromCheck, now).conferenceDate()).isEqualTo(LocalDate.of(2025, 7, 21));
    }

    private static ChallengeStart consultedOn(LocalDate consulted)
    {
        ChallengeStart c = conferenceChallenge(2, true);
        return new ChallengeStart(c.kind(), c.startStage(), true, "Line Manager", consulted, c.raisingAgency(),
                c.respondingAgency(), null, c.issueCategory(), null, c.issueSummary(), null, c.conferenceDate(), null,
                c.caseFolder(), c.raisedBy());
    }
}
