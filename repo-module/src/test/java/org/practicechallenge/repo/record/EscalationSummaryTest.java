package org.practicechallenge.repo.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicechallenge.protocol.ChallengeStatus.*;
import static org.practicechallenge.protocol.Stage.*;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practicechallenge.repo.record.EscalationSummary.Standing;

class EscalationSummaryTest
{
    private static final Instant MONDAY = Instant.parse("2026-08-24T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-08-25T08:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2026-08-28T08:00:00Z");

    @Test
    void aCaseWithoutChallengesHasNothingOpenAndNoEscalation()
    {
        assertThat(EscalationSummary.of(List.of())).isEqualTo(EscalationSummary.NONE);
    }

    @Test
    void onlyOpenChallengesCountTowardsTheOpenCountAndTheHighestStage()
    {
        EscalationSummary summary = EscalationSummary.of(List.of(
                new Standing(OPEN, STAGE_2, false, MONDAY),
                new Standing(RESOLVED, STAGE_4, false, TUESDAY),
                new Standing(OPEN, STAGE_1, false, MONDAY)));

        assertThat(summary.openChallengeCount()).isEqualTo(2);
        assertThat(summary.highestOpenStage()).isEqualTo(STAGE_2);
    }

    @Test
    void thePracticeReviewGroupIsHigherThanStageFour()
    {
        EscalationSummary summary = EscalationSummary.of(List.of(
                new Standing(OPEN, STAGE_4, false, MONDAY),
                new Standing(OPEN, PRACTICE_REVIEW_GROUP, false, MONDAY)));

        assertThat(summary.highestOpenStage()).isEqualTo(PRACTICE_REVIEW_GROUP);
    }

    @Test
    void anOverdueChallengeThatHasSinceClosedNoLongerMakesTheCaseOverdue()
    {
        assertThat(EscalationSummary.of(List.of(new Standing(WITHDRAWN, STAGE_1, true, MONDAY))).anyOverdue()).isFalse();
        assertThat(EscalationSummary.of(List.of(new Standing(OPEN, STAGE_1, true, MONDAY))).anyOverdue()).isTrue();
    }

    @Test
    void theLastEscalationIsTheLatestStageStartOfAnyChallengeOpenOrClosed()
    {
        EscalationSummary summary = EscalationSummary.of(List.of(
                new Standing(OPEN, STAGE_1, false, MONDAY),
                new Standing(RESOLVED, STAGE_3, false, FRIDAY),
                new Standing(OPEN, STAGE_2, false, TUESDAY)));

        assertThat(summary.lastEscalationDate()).isEqualTo(FRIDAY);
    }

    @Test
    void whenEverythingIsClosedNothingIsOpenButTheLastEscalationRemains()
    {
        EscalationSummary summary = EscalationSummary.of(List.of(new Standing(RESOLVED, STAGE_2, false, TUESDAY)));

        assertThat(summary).isEqualTo(new EscalationSummary(0, null, false, TUESDAY));
    }
}
