package org.practicechallenge.repo.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.WorkingDayCalendar;
import org.practicechallenge.protocol.report.AgencyScope;
import org.practicechallenge.protocol.report.ChallengeFilter;
import org.practicechallenge.protocol.report.CinCheckCounts;
import org.practicechallenge.protocol.report.ConferenceCompliance;
import org.practicechallenge.protocol.report.PartnershipReport;
import org.practicechallenge.protocol.report.QuarterTrend;
import org.practicechallenge.protocol.report.RecurringTheme;
import org.practicechallenge.protocol.report.StageTimes;
import org.practicechallenge.repo.register.ChallengeRegister;

/**
 * Everything the partnership report says, from one streamed pass over the matching rows of the register (memory
 * does not grow with their number) and grouped queries for the themes and the CiN checks.
 */
public record PartnershipFigures(PartnershipReport report, StageTimes stageTimes, QuarterTrend quarters,
        ConferenceCompliance.Figures conference, List<RecurringTheme> themes, CinCheckCounts cinChecks)
{
    public static PartnershipFigures of(ChallengeRegister register, ChallengeFilter filter, AgencyScope scope,
            PartnershipSettings settings, WorkingDayCalendar calendar, LocalDate today)
    {
        ZoneId zone = settings.zone();
        PartnershipReport.Tally tally = PartnershipReport.tally(filter.raised(), scope, calendar, zone);
        StageTimes stageTimes = new StageTimes(calendar, settings.timescales(), zone, today);
        QuarterTrend quarters = new QuarterTrend(zone);
        ConferenceCompliance conference = new ConferenceCompliance();
        register.forEach(filter, scope, false, challenge ->
        {
            tally.add(challenge);
            stageTimes.add(challenge);
            quarters.add(challenge);
            conference.add(challenge);
        });
        return new PartnershipFigures(tally.report(), stageTimes, quarters, conference.figures(),
                register.themes(filter, scope), register.cinChecks(filter, scope));
    }
}
