package org.practicechallenge.repo.webscript;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.WorkingDayCalendar;
import org.practicechallenge.protocol.report.AgencyScope;
import org.practicechallenge.protocol.report.ChallengeFilter;
import org.practicechallenge.repo.register.ChallengeRegister;
import org.practicechallenge.repo.report.CallerAccess;
import org.practicechallenge.repo.report.PartnershipFigures;
import org.practicechallenge.repo.report.ReportLabels;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /practicechallenge/report?format=json|csv} with the directors' list's filters ({@code from}, {@code to},
 * {@code stage}, {@code agency}, {@code raisingAgency}, {@code respondingAgency}, {@code overdue},
 * {@code issueCategory}, {@code caseCategory}): the partnership report over every matching challenge in the
 * {@link ChallengeRegister}, and what the partnership learns from them (time per stage against its timescale, the
 * quarter-by-quarter trend, the conference route's compliance, recurring themes). Counts only, no child's details,
 * so it is computed over every challenge for administrators, the partnership and the Practice Review Group, and over
 * their own agencies' challenges for agencies' senior managers and directors; anyone else gets a 403.
 */
public class ReportGet extends PracticeChallengeWebScript
{
    private final ChallengeRegister register;
    private final CallerAccess access;
    private final PartnershipSettings settings;
    private final WorkingDayCalendar calendar;
    private final ReportLabels labels;
    private final Clock clock;

    public ReportGet(ChallengeRegister register, CallerAccess access, PartnershipSettings settings,
            WorkingDayCalendar calendar, ReportLabels labels)
    {
        this(register, access, settings, calendar, labels, Clock.systemUTC());
    }

    ReportGet(ChallengeRegister register, CallerAccess access, PartnershipSettings settings, WorkingDayCalendar calendar,
            ReportLabels labels, Clock clock)
    {
        this.register = register;
        this.access = access;
        this.settings = settings;
        this.calendar = calendar;
        this.labels = labels;
        this.clock = clock;
    }

    private record Query(boolean csv, ChallengeFilter filter)
    {
    }

    @Override
    protected void respond(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        AgencyScope scope = access.currentReader().reportScope().orElseThrow(() -> Refusal.forbidden(
                "the partnership report is for the partnership, the Practice Review Group and agencies' senior managers and directors"));
        ZoneId zone = settings.zone();
        Query query = parameters(() -> read(new RequestParameters(req), zone));
        PartnershipFigures figures = PartnershipFigures.of(register, query.filter(), scope, settings, calendar,
                LocalDate.now(clock.withZone(zone)));
        if (query.csv())
        {
            CsvFiles.Writer csv = CsvFiles.open(res, "partnership-report.csv");
            new ReportCsvRows(labels, csv).write(figures);
            csv.close();
        }
        else
        {
            ReportJson.write(figures, json(res, Status.STATUS_OK));
        }
    }

    private Query read(RequestParameters parameters, ZoneId zone)
    {
        boolean csv = parameters.oneOf("format", "json", "csv").equals("csv");
        return new Query(csv, parameters.challengeFilter(settings.agencies(), zone));
    }

    static void counts(JsonWriter json, String name, Map<String, Integer> counts) throws IOException
    {
        json.name(name).beginObject();
        for (Map.Entry<String, Integer> count : counts.entrySet())
        {
            json.name(count.getKey()).value(count.getValue().longValue());
        }
        json.endObject();
    }
}
