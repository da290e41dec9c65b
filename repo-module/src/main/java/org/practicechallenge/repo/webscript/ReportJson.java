package org.practicechallenge.repo.webscript;

import static org.practicechallenge.repo.webscript.ReportGet.counts;

import java.io.IOException;
import java.util.Map;

import org.practicechallenge.protocol.report.ConferenceCompliance;
import org.practicechallenge.protocol.report.PartnershipReport;
import org.practicechallenge.protocol.report.QuarterTrend;
import org.practicechallenge.protocol.report.RecurringTheme;
import org.practicechallenge.protocol.report.StageTimes;
import org.practicechallenge.repo.report.PartnershipFigures;

/** The report's JSON: codes and numbers, which the dashlet turns into labels and charts. */
final class ReportJson
{
    private ReportJson()
    {
    }

    static void write(PartnershipFigures figures, JsonWriter json) throws IOException
    {
        PartnershipReport report = figures.report();
        json.beginObject().name("total").value(report.total());
        counts(json, "byStageReached", report.byStageReached());
        counts(json, "byRaisingAgency", report.byRaisingAgency());
        counts(json, "byRespondingAgency", report.byRespondingAgency());
        counts(json, "byCategory", report.byCategory());
        counts(json, "byKind", report.byKind());
        counts(json, "byResolution", report.byResolution());
        PartnershipReport.ResolutionTime time = report.workingDaysToResolve();
        json.name("workingDaysToResolve").beginObject()
                .name("count").value(time.count())
                .name("mean").value(time.mean())
                .name("median").value(time.median())
                .name("max").value(time.max())
                .endObject();
        stageTimes(figures.stageTimes(), json);
        quarters(figures.quarters(), json);
        conference(figures.conference(), json);
        themes(figures, json);
        json.name("cinChecks").beginObject()
                .name("evidenced").value(figures.cinChecks().evidenced())
                .name("notEvidenced").value(figures.cinChecks().notEvidenced())
                .endObject();
        json.endObject().flush();
    }

    private static void stageTimes(StageTimes times, JsonWriter json) throws IOException
    {
        json.name("stageTimes").beginObject();
        for (Map.Entry<String, StageTimes.Figures> stage : times.byStage().entrySet())
        {
            json.name(stage.getKey());
            figures(stage.getValue(), json);
        }
        json.endObject();
        json.name("stageTimesByRespondingAgency").beginObject();
        for (Map.Entry<String, Map<String, StageTimes.Figures>> stage : times.byStageAndRespondingAgency().entrySet())
        {
            json.name(stage.getKey()).beginObject();
            for (Map.Entry<String, StageTimes.Figures> agency : stage.getValue().entrySet())
            {
                json.name(agency.getKey());
                figures(agency.getValue(), json);
            }
            json.endObject();
        }
        json.endObject();
    }

    private static void figures(StageTimes.Figures f, JsonWriter json) throws IOException
    {
        json.beginObject()
                .name("challenges").value(f.challenges())
                .name("stillThere").value(f.stillThere())
                .name("meanWorkingDays").value(f.meanWorkingDays())
                .name("overTimescale").value(f.overTimescale())
                .name("overRate").value(f.overRate())
                .endObject();
    }

    private static void quarters(QuarterTrend trend, JsonWriter json) throws IOException
    {
        json.name("byQuarter").beginArray();
        for (QuarterTrend.Quarter q : trend.quarters())
        {
            json.beginObject()
                    .name("quarter").value(q.quarter())
                    .name("raised").value(q.raised())
                    .name("escalated").value(q.escalated())
                    .name("resolved").value(q.resolved())
                    .name("withdrawn").value(q.withdrawn())
                    .name("open").value(q.open())
                    .endObject();
        }
        json.endArray();
    }

    private static void conference(ConferenceCompliance.Figures c, JsonWriter json) throws IOException
    {
        json.name("conferenceRoute").beginObject()
                .name("conferenceChallenges").value(c.conferenceChallenges())
                .name("raisedLate").value(c.raisedLate())
                .name("raisedLateRate").value(c.raisedLateRate())
                .name("familyTold").value(c.familyTold())
                .name("familyToldRate").value(c.familyToldRate())
                .endObject();
    }

    private static void themes(PartnershipFigures figures, JsonWriter json) throws IOException
    {
        json.name("themes").beginArray();
        for (RecurringTheme theme : figures.themes())
        {
            json.beginObject()
                    .name("issueCategory").value(theme.issueCategory() == null ? null : theme.issueCategory().code())
                    .name("respondingAgency").value(theme.respondingAgency())
                    .name("challenges").value(theme.challenges())
                    .name("cases").value(theme.cases())
                    .name("recurs").value(theme.recurs())
                    .endObject();
        }
        json.endArray();
    }
}
