package org.practicechallenge.protocol.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.practicechallenge.protocol.report.ChallengeRow.challenge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.practicechallenge.calendar.EnglandAndWalesBankHolidays;
import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.WorkingDayCalendar;

class PartnershipReportTest
{
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final WorkingDayCalendar WEEKDAYS_ONLY = new WorkingDayCalendar(day -> false);

    private static PartnershipReport report(List<ChallengeSummary> challenges)
    {
        return PartnershipReport.of(challenges, ReportPeriod.always(), AgencyScope.allAgencies(), WEEKDAYS_ONLY, LONDON);
    }

    @Test
    void aPartnershipWithNoChallengesStillReportsEveryStageKindCategoryAndResolutionAsZero()
    {
        PartnershipReport report = report(List.of());

        assertThat(report.total()).isZero();
        assertThat(report.byStageReached()).containsExactly(entry("stage1", 0), entry("stage2", 0), entry("stage3", 0),
                entry("stage4", 0), entry("practiceReviewGroup", 0));
        assertThat(report.byResolution()).containsExactly(entry("open", 0), entry("resolved", 0), entry("withdrawn", 0));
        assertThat(report.byKind()).containsOnlyKeys("professionalDifference", "conferenceChallenge").containsValue(0);
        assertThat(report.byCategory()).hasSize(IssueCategory.values().length).doesNotContainValue(1);
        assertThat(report.byRaisingAgency()).isEmpty();
        assertThat(report.byRespondingAgency()).isEmpty();
        assertThat(report.workingDaysToResolve()).isEqualTo(new PartnershipReport.ResolutionTime(0, null, null, null));
    }

    @Test
    void eachChallengeCountsOnceUnderTheStageItReachedItsKindCategoryAndHowItEnded()
    {
        PartnershipReport report = report(List.of(
                challenge().at(Stage.STAGE_1).resolved("2026-10-02T09:00:00Z").build(),
                challenge().at(Stage.STAGE_3).build(),
                challenge().at(Stage.PRACTICE_REVIEW_GROUP).kind(ChallengeKind.CONFERENCE_CHALLENGE)
                        .about(IssueCategory.REPORT_BELOW_STANDARD).withdrawn("2026-12-01T09:00:00Z").build()));

        assertThat(report.total()).isEqualTo(3);
        assertThat(report.byStageReached()).contains(entry("stage1", 1), entry("stage2", 0), entry("stage3", 1),
                entry("practiceReviewGroup", 1));
        assertThat(report.byKind()).containsExactly(entry("professionalDifference", 2), entry("conferenceChallenge", 1));
        assertThat(report.byCategory()).contains(entry("assessment", 2), entry("reportBelowStandard", 1), entry("other", 0));
        assertThat(report.byResolution()).containsExactly(entry("open", 1), entry("resolved", 1), entry("withdrawn", 1));
    }

    @Test
    void raisingAndRespondingAgenciesAreCountedSeparatelyAndListedByCode()
    {
        PartnershipReport report = report(List.of(
                challenge().raisedBy("police").against("socialCare").build(),
                challenge().raisedBy("health").against("socialCare").build(),
                challenge().raisedBy("socialCare").against("education").build()));

        assertThat(report.byRaisingAgency()).containsExactly(entry("health", 1), entry("police", 1), entry("socialCare", 1));
        assertThat(report.byRespondingAgency()).containsExactly(entry("education", 1), entry("socialCare", 2));
    }

    @Test
    void theMedianOfAnEvenNumberOfResolvedChallengesIsTheMeanOfTheMiddleTwo()
    {
        // Raised on Thursday 1 October 2026: 1, 2, 5 and 10 working days later.
        PartnershipReport report = report(List.of(
                challenge().resolved("2026-10-02T15:00:00Z").build(),
                challenge().resolved("2026-10-05T15:00:00Z").build(),
                challenge().resolved("2026-10-08T15:00:00Z").build(),
                challenge().resolved("2026-10-15T15:00:00Z").build()));

        assertThat(report.workingDaysToResolve()).isEqualTo(new PartnershipReport.ResolutionTime(4, 4.5, 3.5, 10));
    }

    @Test
    void theMedianOfAnOddNumberIsTheMiddleOneAndTheMeanIsRoundedToTwoDecimals()
    {
        PartnershipReport report = report(List.of(
                challenge().resolved("2026-10-02T15:00:00Z").build(),
                challenge().resolved("2026-10-02T16:00:00Z").build(),
                challenge().resolved("2026-10-05T15:00:00Z").build()));

        assertThat(report.workingDaysToResolve()).isEqualTo(new PartnershipReport.ResolutionTime(3, 1.33, 1.0, 2));
    }

    @Test
    void workingDaysToResolveSkipTheAugustBankHoliday()
    {
        WorkingDayCalendar englandAndWales = new WorkingDayCalendar(new EnglandAndWalesBankHolidays());
        // Raised Friday 28 August 2026; Monday 31 August is the summer bank holiday; resolved Tuesday 1 September.
        ChallengeSummary overTheHoliday = challenge().raised("2026-08-28T09:00:00Z").resolved("2026-09-01T14:00:00Z").build();

        PartnershipReport report = PartnershipReport.of(List.of(overTheHoliday), ReportPeriod.always(),
                AgencyScope.allAgencies(), englandAndWales, LONDON);

        assertThat(report.workingDaysToResolve().max()).isEqualTo(1);
    }

    @Test
    void aWithdrawalIsNotAResolutionSoItTakesNoPartInTheTimeToResolve()
    {
        PartnershipReport report = report(List.of(
                challenge().withdrawn("2026-10-30T09:00:00Z").build(),
                challenge().resolved("2026-10-05T09:00:00Z").build()));

        assertThat(report.workingDaysToResolve()).isEqualTo(new PartnershipReport.ResolutionTime(1, 2.0, 2.0, 2));
    }

    @Test
    void onlyChallengesRaisedOnTheDaysOfThePeriodInLondonAreCounted()
    {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
        List<ChallengeSummary> challenges = List.of(
                challenge().raised("2026-06-30T22:59:00Z").build(),
                challenge().raised("2026-06-30T23:30:00Z").build(),
                challenge().raised("2026-07-31T22:59:59Z").build(),
                challenge().raised("2026-07-31T23:00:00Z").build());

        PartnershipReport july = PartnershipReport.of(challenges,
                ReportPeriod.between(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), LONDON),
                AgencyScope.allAgencies(), WEEKDAYS_ONLY, LONDON);

        assertThat(july.total()).isEqualTo(2);
    }

    @Test
    void aReaderLimitedToTheirAgenciesSeesOnlyChallengesTheirAgencyRaisedOrAnswers()
    {
        List<ChallengeSummary> challenges = List.of(
                challenge().raisedBy("police").against("socialCare").build(),
                challenge().raisedBy("health").against("police").build(),
                challenge().raisedBy("health").against("education").build());

        PartnershipReport police = PartnershipReport.of(challenges, ReportPeriod.always(),
                AgencyScope.agencies(Set.of("police")), WEEKDAYS_ONLY, LONDON);

        assertThat(police.total()).isEqualTo(2);
        assertThat(police.byRespondingAgency()).containsExactly(entry("police", 1), entry("socialCare", 1));
    }

    @Test
    void aTallyFedOneChallengeAtATimeGivesTheSameReport()
    {
        PartnershipReport.Tally tally = PartnershipReport.tally(ReportPeriod.always(), AgencyScope.allAgencies(),
                WEEKDAYS_ONLY, LONDON);
        tally.add(challenge().at(Stage.STAGE_4).build()).add(challenge().resolved("2026-10-02T09:00:00Z").build());

        PartnershipReport report = tally.report();

        assertThat(report.total()).isEqualTo(2);
        assertThat(report.byStageReached()).contains(entry("stage4", 1), entry("stage2", 1));
    }
}
