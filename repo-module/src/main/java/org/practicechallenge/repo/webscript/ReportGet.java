package org.practicechallenge.repo.webscript;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;

import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.WorkingDayCalendar;
import org.practicechallenge.protocol.report.AgencyScope;
import org.practicechallenge.protocol.report.PartnershipReport;
import org.practicechallenge.protocol.report.ReportCsv;
import org.practicechallenge.protocol.report.ReportPeriod;
import org.practicechallenge.repo.report.CallerAccess;
import org.practicechallenge.repo.report.RepositoryChallenges;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /practicechallenge/report?format=json|csv&from=&to=}: the partnership report over challenges raised
 * from {@code from} to {@code to} (inclusive, either optional). Counts only, no child's details, so it is computed
 * over every challenge for administrators, the partnership and the Practice Review Group, and over their own
 * agencies' challenges for agencies' senior managers and directors; anyone else gets a 403.
 */
public class ReportGet extends PracticeChallengeWebScript
{
    static final String CSV = ReportCsv.MEDIA_TYPE + ";charset=UTF-8";
    static final String CSV_FILE = "attachment; filename=\"partnership-report.csv\"";

    private final RepositoryChallenges challenges;
    private final CallerAccess access;
    private final PartnershipSettings settings;
    private final WorkingDayCalendar calendar;

    public ReportGet(RepositoryChallenges challenges, CallerAccess access, PartnershipSettings settings,
            WorkingDayCalendar calendar)
    {
        this.challenges = challenges;
        this.access = access;
        this.settings = settings;
        this.calendar = calendar;
    }

    private record Query(boolean csv, ReportPeriod period)
    {
    }

    @Override
    protected void respond(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        AgencyScope scope = access.currentReader().reportScope().orElseThrow(() -> Refusal.forbidden(
                "the partnership report is for the partnership, the Practice Review Group and agencies' senior managers and directors"));
        ZoneId zone = settings.zone();
        Query query = parameters(() -> read(new RequestParameters(req), zone));
        PartnershipReport.Tally tally = PartnershipReport.tally(query.period(), scope, calendar, zone);
        challenges.forEachRaisedIn(query.period(), tally::add);
        PartnershipReport report = tally.report();
        if (query.csv())
        {
            res.setStatus(Status.STATUS_OK);
            res.setContentType(CSV);
            res.setContentEncoding(StandardCharsets.UTF_8.name());
            res.setHeader("Content-Disposition", CSV_FILE);
            res.setHeader("Cache-Control", "no-cache");
            Writer writer = res.getWriter();
            ReportCsv.write(report, writer);
            writer.flush();
        }
        else
        {
            write(report, json(res, Status.STATUS_OK));
        }
    }

    private static Query read(RequestParameters parameters, ZoneId zone)
    {
        boolean csv = parameters.oneOf("format", "json", "csv").equals("csv");
        return new Query(csv, ReportPeriod.between(parameters.date("from"), parameters.date("to"), zone));
    }

    private static void write(PartnershipReport report, JsonWriter json) throws IOException
    {
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
                .endObject()
                .endObject().flush();
    }

    private static void counts(JsonWriter json, String name, Map<String, Integer> counts) throws IOException
    {
        json.name(name).beginObject();
        for (Map.Entry<String, Integer> count : counts.entrySet())
        {
            json.name(count.getKey()).value(count.getValue().longValue());
        }
        json.endObject();
    }
}
