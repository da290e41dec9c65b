package org.practicechallenge.repo.webscript;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeRef;
import org.practicechallenge.protocol.Coded;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.report.AgencyScope;
import org.practicechallenge.protocol.report.ChallengeFilter;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.protocol.report.Paging;
import org.practicechallenge.protocol.report.ReaderAccess;
import org.practicechallenge.repo.register.ChallengeRegister;
import org.practicechallenge.repo.report.CallerAccess;
import org.practicechallenge.repo.report.ReportLabels;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /practicechallenge/escalations?format=json|csv&stage=&agency=&raisingAgency=&respondingAgency=&overdue=
 * &issueCategory=&caseCategory=&from=&to=&skipCount=&maxItems=}: the directors' list of escalated challenges, that
 * is open challenges at Stage 2 or beyond, for the caller's agencies (everyone's for administrators, the partnership
 * and the Practice Review Group). {@code agency} matches either side; {@code from}/{@code to} are raised dates,
 * inclusive. Read from the {@link ChallengeRegister}: filters, order, paging and {@code totalItems} are exact at any
 * size. {@code format=csv} downloads every matching row, labelled.
 *
 * <p>Every escalation in the caller's scope is listed and counted. Its details are shown as far as the caller may
 * read: the challenge's link only if they may read the challenge, the child's identifier and name only if they may
 * read the child's case folder (seeing a challenge does not open the case); otherwise {@code readable} is false and
 * those fields are {@code null}, so the dashlet can say the case is not open to them.
 */
public class EscalationsGet extends PracticeChallengeWebScript
{
    private final ChallengeRegister register;
    private final CallerAccess access;
    private final PartnershipSettings settings;
    private final ReportLabels labels;
    private final Clock clock;

    public EscalationsGet(ChallengeRegister register, CallerAccess access, PartnershipSettings settings,
            ReportLabels labels)
    {
        this(register, access, settings, labels, Clock.systemUTC());
    }

    EscalationsGet(ChallengeRegister register, CallerAccess access, PartnershipSettings settings, ReportLabels labels,
            Clock clock)
    {
        this.register = register;
        this.access = access;
        this.settings = settings;
        this.labels = labels;
        this.clock = clock;
    }

    private record Query(boolean csv, ChallengeFilter filter, Paging paging)
    {
    }

    /** One listed escalation as far as the caller may see it. */
    record Shown(ChallengeSummary challenge, boolean readable, boolean caseFolderReadable, long daysOpen)
    {
    }

    @Override
    protected void respond(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        ReaderAccess reader = access.currentReader();
        AgencyScope scope = reader.escalationScope().orElseThrow(() -> Refusal.forbidden(
                "the escalations list is for the agencies' groups, the partnership and the Practice Review Group"));
        ZoneId zone = settings.zone();
        Query query = parameters(() -> read(new RequestParameters(req), zone));
        Visibility visibility = new Visibility(reader, LocalDate.now(clock.withZone(zone)), zone);
        if (query.csv())
        {
            CsvFiles.Writer csv = CsvFiles.open(res, "escalated-challenges.csv");
            csv.escalationsHeader(labels);
            register.forEachEscalation(query.filter(), scope,
                    challenge -> csv.escalation(visibility.of(challenge), labels, zone));
            csv.close();
            return;
        }
        int total = register.count(query.filter(), scope, true);
        List<ChallengeSummary> page = register.escalations(query.filter(), scope, query.paging());
        JsonWriter json = json(res, Status.STATUS_OK);
        json.beginObject().name("items").beginArray();
        for (ChallengeSummary challenge : page)
        {
            write(visibility.of(challenge), json);
        }
        json.endArray()
                .name("paging").beginObject()
                .name("skipCount").value(query.paging().skipCount())
                .name("maxItems").value(query.paging().maxItems())
                .name("totalItems").value(total)
                .name("hasMoreItems").value((long) query.paging().skipCount() + page.size() < total)
                .endObject()
                .endObject().flush();
    }

    /** What the caller may see of each row: permissions asked as the caller, each case folder once. */
    private final class Visibility
    {
        private final boolean administrator;
        private final LocalDate today;
        private final ZoneId zone;
        private final Map<String, Boolean> caseFolders = new HashMap<>();

        Visibility(ReaderAccess reader, LocalDate today, ZoneId zone)
        {
            this.administrator = reader.isAdministrator();
            this.today = today;
            this.zone = zone;
        }

        Shown of(ChallengeSummary challenge)
        {
            boolean readable = administrator || access.canRead(new NodeRef(challenge.ref()));
            String folder = challenge.caseFolder();
            boolean folderReadable = folder != null && (administrator
                    || caseFolders.computeIfAbsent(folder, f -> access.canRead(new NodeRef(f))));
            LocalDate raised = LocalDate.ofInstant(challenge.raisedAt(), zone);
            return new Shown(folderReadable ? challenge : challenge.withoutChild(), readable, folderReadable,
                    Math.max(0, ChronoUnit.DAYS.between(raised, today)));
        }
    }

    private Query read(RequestParameters parameters, ZoneId zone)
    {
        boolean csv = parameters.oneOf("format", "json", "csv").equals("csv");
        ChallengeFilter filter = parameters.challengeFilter(settings.agencies(), zone);
        Paging paging = new Paging(parameters.integer("skipCount", 0),
                parameters.integer("maxItems", Paging.DEFAULT_MAX_ITEMS));
        return new Query(csv, filter, paging);
    }

    private static void write(Shown shown, JsonWriter json) throws IOException
    {
        ChallengeSummary challenge = shown.challenge();
        json.beginObject()
                .name("nodeRef").value(shown.readable() ? challenge.ref() : null)
                .name("reference").value(challenge.reference())
                .name("readable").value(shown.readable())
                .name("caseFolder").beginObject()
                .name("nodeRef").value(challenge.caseFolder())
                .name("readable").value(shown.caseFolderReadable())
                .name("childIdentifier").value(challenge.childIdentifier())
                .name("childName").value(challenge.childName())
                .endObject()
                .name("kind").value(challenge.kind().code())
                .name("stage").value(challenge.stage().code())
                .name("status").value(challenge.status().code())
                .name("raisingAgency").value(challenge.raisingAgency())
                .name("respondingAgency").value(challenge.respondingAgency())
                .name("issueCategory").value(code(challenge.issueCategory()))
                .name("caseCategory").value(code(challenge.caseCategory()))
                .name("raisedDate").value(iso(challenge.raisedAt()))
                .name("daysOpen").value(shown.daysOpen())
                .name("dueDate").value(challenge.dueDate() == null ? null : challenge.dueDate().toString())
                .name("overdue").value(challenge.overdue())
                .endObject();
    }

    private static String code(Coded value)
    {
        return value == null ? null : value.code();
    }
}
