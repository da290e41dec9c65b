package org.practicechallenge.protocol.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practicechallenge.protocol.report.ChallengeRow.challenge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.ProtocolViolation;
import org.practicechallenge.protocol.Stage;

class EscalationListTest
{
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 13);
    private static final Predicate<ChallengeSummary> READS_EVERYTHING = challenge -> true;

    private static EscalationList list(List<ChallengeSummary> challenges, ChallengeFilter filter, Paging paging)
    {
        return EscalationList.of(challenges, filter, AgencyScope.allAgencies(), READS_EVERYTHING, paging, TODAY, LONDON);
    }

    private static List<String> refs(EscalationList list)
    {
        return list.items().stream().map(item -> item.challenge().ref()).toList();
    }

    @Test
    void onlyOpenChallengesThatWentBeyondStageOneAreEscalations()
    {
        List<ChallengeSummary> challenges = List.of(
                challenge().ref("stage1").at(Stage.STAGE_1).build(),
                challenge().ref("startedAtStage2").at(Stage.STAGE_2).startedAt(Stage.STAGE_2).build(),
                challenge().ref("resolvedAtStage3").at(Stage.STAGE_3).resolved("2026-10-10T09:00:00Z").build(),
                challenge().ref("withdrawnAtStage4").at(Stage.STAGE_4).withdrawn("2026-10-10T09:00:00Z").build(),
                challenge().ref("withPracticeReviewGroup").at(Stage.PRACTICE_REVIEW_GROUP).build());

        EscalationList list = list(challenges, ChallengeFilter.none(), Paging.first(50));

        assertThat(refs(list)).containsExactly("withPracticeReviewGroup", "startedAtStage2");
    }

    @Test
    void theMostSeniorStageComesFirstThenTheEarliestDueDateWithUndatedOnesLast()
    {
        List<ChallengeSummary> challenges = List.of(
                challenge().ref("stage2dueSoon").at(Stage.STAGE_2).due(LocalDate.of(2026, 10, 14)).build(),
                challenge().ref("stage3undated").at(Stage.STAGE_3).due(null).build(),
                challenge().ref("stage3dueLater").at(Stage.STAGE_3).due(LocalDate.of(2026, 10, 30)).build(),
                challenge().ref("stage3dueSoon").at(Stage.STAGE_3).due(LocalDate.of(2026, 10, 15)).build(),
                challenge().ref("stage4").at(Stage.STAGE_4).due(LocalDate.of(2026, 11, 30)).build());

        EscalationList list = list(challenges, ChallengeFilter.none(), Paging.first(50));

        assertThat(refs(list)).containsExactly("stage4", "stage3dueSoon", "stage3dueLater", "stage3undated", "stage2dueSoon");
    }

    @Test
    void aDirectorCanNarrowTheListByStageAgencyOverdueAndRaisedDates()
    {
        List<ChallengeSummary> challenges = List.of(
                challenge().ref("policeStage3Overdue").at(Stage.STAGE_3).raisedBy("police").overdue().build(),
                challenge().ref("policeStage3OnTime").at(Stage.STAGE_3).raisedBy("police").build(),
                challenge().ref("healthStage3Overdue").at(Stage.STAGE_3).overdue().build(),
                challenge().ref("againstPoliceStage2Overdue").against("police").overdue().build(),
                challenge().ref("policeStage3OverdueLastYear").at(Stage.STAGE_3).raisedBy("police").overdue()
                        .raised("2025-10-01T09:00:00Z").build());
        ReportPeriod since2026 = ReportPeriod.between(LocalDate.of(2026, 1, 1), null, LONDON);

        assertThat(refs(list(challenges, new ChallengeFilter(Stage.STAGE_3, "police", null, null, true, null, null, since2026), Paging.first(50))))
                .containsExactly("policeStage3Overdue");
        assertThat(refs(list(challenges, new ChallengeFilter(null, "police", null, null, true, null, null, since2026), Paging.first(50))))
                .containsExactlyInAnyOrder("policeStage3Overdue", "againstPoliceStage2Overdue");
        assertThat(refs(list(challenges, new ChallengeFilter(null, null, null, null, false, null, null, null), Paging.first(50))))
                .containsExactly("policeStage3OnTime");
    }

    @Test
    void pagesFollowOneAnotherWithoutOverlapAndSayWhetherMoreRemain()
    {
        List<ChallengeSummary> challenges = new ArrayList<>();
        for (int day = 1; day <= 7; day++)
        {
            challenges.add(challenge().ref("due" + day).due(LocalDate.of(2026, 11, day)).build());
        }

        EscalationList first = list(challenges, ChallengeFilter.none(), new Paging(0, 3));
        EscalationList third = list(challenges, ChallengeFilter.none(), new Paging(6, 3));
        EscalationList beyond = list(challenges, ChallengeFilter.none(), new Paging(10, 3));

        assertThat(refs(first)).containsExactly("due1", "due2", "due3");
        assertThat(first.totalItems()).isEqualTo(7);
        assertThat(first.hasMoreItems()).isTrue();
        assertThat(refs(third)).containsExactly("due7");
        assertThat(third.hasMoreItems()).isFalse();
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(7);
    }

    @Test
    void aReaderSeesOnlyChallengesOfTheirAgenciesThatTheyMayReadAndPermissionIsAskedOnlyForMatches()
    {
        List<ChallengeSummary> challenges = List.of(
                challenge().ref("readable").raisedBy("police").build(),
                challenge().ref("unreadable").raisedBy("police").build(),
                challenge().ref("otherAgencies").raisedBy("health").against("education").build(),
                challenge().ref("notEscalated").at(Stage.STAGE_1).raisedBy("police").build());
        List<String> asked = new ArrayList<>();
        Predicate<ChallengeSummary> readable = challenge -> asked.add(challenge.ref()) && challenge.ref().equals("readable");

        EscalationList list = EscalationList.of(challenges, ChallengeFilter.none(), AgencyScope.agencies(Set.of("police")),
                readable, Paging.first(50), TODAY, LONDON);

        assertThat(refs(list)).containsExactly("readable");
        assertThat(list.totalItems()).isEqualTo(1);
        assertThat(asked).containsExactly("readable", "unreadable");
    }

    @Test
    void daysOpenAreCalendarDaysFromTheDayRaisedInLondon()
    {
        // 23:30 UTC on 30 September is 1 October in London; today is 13 October.
        ChallengeSummary raised = challenge().raised("2026-09-30T23:30:00Z").build();

        EscalationList list = list(List.of(raised), ChallengeFilter.none(), Paging.first(1));

        assertThat(list.items().get(0).daysOpen()).isEqualTo(12);
    }

    @Test
    void pagingRefusesANegativeSkipCountAndAPageSizeOutsideOneToFiveHundred()
    {
        assertThatThrownBy(() -> new Paging(-1, 50)).isInstanceOf(ProtocolViolation.class)
                .hasMessageStartingWith("skipCount: ");
        assertThatThrownBy(() -> new Paging(0, 0)).isInstanceOf(ProtocolViolation.class)
                .hasMessageStartingWith("maxItems: ");
        assertThatThrownBy(() -> new Paging(0, 501)).isInstanceOf(ProtocolViolation.class)
                .hasMessageStartingWith("maxItems: ");
    }

    @Test
    void aHugeSkipCountDoesNotOverflowTheWindow()
    {
        EscalationList list = list(List.of(challenge().build()), ChallengeFilter.none(), new Paging(Integer.MAX_VALUE, 500));

        assertThat(list.items()).isEmpty();
        assertThat(list.totalItems()).isEqualTo(1);
        assertThat(list.hasMoreItems()).isFalse();
    }
}
