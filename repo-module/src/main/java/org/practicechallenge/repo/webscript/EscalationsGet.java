package org.practicechallenge.repo.webscript;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.alfresco.service.cmr.repository.NodeRef;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.report.AgencyScope;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.protocol.report.EscalationFilter;
import org.practicechallenge.protocol.report.EscalationList;
import org.practicechallenge.protocol.report.Paging;
import org.practicechallenge.protocol.report.ReaderAccess;
import org.practicechallenge.protocol.report.ReportPeriod;
import org.practicechallenge.repo.report.CallerAccess;
import org.practicechallenge.repo.report.RepositoryChallenges;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /practicechallenge/escalations?stage=&agency=&overdue=&from=&to=&skipCount=&maxItems=}: the directors'
 * list of escalated challenges, that is open challenges at Stage 2 or beyond, for the caller's agencies (everyone's
 * for administrators, the partnership and the Practice Review Group), each shown only if the caller may read it.
 * {@code agency} matches either side of a challenge; {@code from}/{@code to} are raised dates, inclusive.
 *
 * <p>The child's identifier and name are shown only to a caller who may read the child's case folder, asked as the
 * caller: seeing a challenge (given to a stage's groups) does not open the case. Otherwise they are {@code null} and
 * {@code caseFolder.readable} is false, so the dashlet can say the case is not open to them.
 */
public class EscalationsGet extends PracticeChallengeWebScript
{
    private final RepositoryChallenges challenges;
    private final CallerAccess access;
    private final PartnershipSettings settings;
    private final Clock clock;

    public EscalationsGet(RepositoryChallenges challenges, CallerAccess access, PartnershipSettings settings)
    {
        this(challenges, access, settings, Clock.systemUTC());
    }

    EscalationsGet(RepositoryChallenges challenges, CallerAccess access, PartnershipSettings settings, Clock clock)
    {
        this.challenges = challenges;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    private record Query(EscalationFilter filter, Paging paging)
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
        EscalationFilter filter = query.filter();
        List<ChallengeSummary> candidates = challenges.raisedIn(filter.raised(),
                challenge -> filter.matches(challenge) && scope.covers(challenge));
        Predicate<ChallengeSummary> readable = reader.isAdministrator()
                ? challenge -> true
                : challenge -> access.canRead(new NodeRef(challenge.ref()));
        EscalationList list = EscalationList.of(candidates, filter, scope, readable, query.paging(),
                LocalDate.now(clock.withZone(zone)), zone);
        Predicate<String> caseFolderReadable = caseFolderReadable(reader);
        write(list, caseFolderReadable, json(res, Status.STATUS_OK));
    }

    /** Whether the caller may read a case folder, asked once per folder. */
    private Predicate<String> caseFolderReadable(ReaderAccess reader)
    {
        if (reader.isAdministrator())
        {
            return caseFolder -> true;
        }
        Map<String, Boolean> answers = new HashMap<>();
        return caseFolder -> caseFolder != null
                && answers.computeIfAbsent(caseFolder, folder -> access.canRead(new NodeRef(folder)));
    }

    private Query read(RequestParameters parameters, ZoneId zone)
    {
        EscalationFilter filter = new EscalationFilter(
                parameters.stage("stage"),
                parameters.agency("agency", settings.agencies()),
                parameters.flag("overdue"),
                ReportPeriod.between(parameters.date("from"), parameters.date("to"), zone));
        Paging paging = new Paging(parameters.integer("skipCount", 0),
                parameters.integer("maxItems", Paging.DEFAULT_MAX_ITEMS));
        return new Query(filter, paging);
    }

    private static void write(EscalationList list, Predicate<String> caseFolderReadable, JsonWriter json)
            throws IOException
    {
        json.beginObject().name("items").beginArray();
        for (EscalationList.Item item : list.items())
        {
            boolean readable = caseFolderReadable.test(item.challenge().caseFolder());
            ChallengeSummary challenge = readable ? item.challenge() : item.challenge().withoutChild();
            json.beginObject()
                    .name("nodeRef").value(challenge.ref())
                    .name("reference").value(challenge.reference())
                    .name("caseFolder").beginObject()
                    .name("nodeRef").value(challenge.caseFolder())
                    .name("readable").value(readable)
                    .name("childIdentifier").value(challenge.childIdentifier())
                    .name("childName").value(challenge.childName())
                    .endObject()
                    .name("kind").value(challenge.kind().code())
                    .name("stage").value(challenge.stage().code())
                    .name("status").value(challenge.status().code())
                    .name("raisingAgency").value(challenge.raisingAgency())
                    .name("respondingAgency").value(challenge.respondingAgency())
                    .name("raisedDate").value(iso(challenge.raisedAt()))
                    .name("daysOpen").value(item.daysOpen())
                    .name("dueDate").value(challenge.dueDate() == null ? null : challenge.dueDate().toString())
                    .name("overdue").value(challenge.overdue())
                    .endObject();
        }
        json.endArray()
                .name("paging").beginObject()
                .name("skipCount").value(list.skipCount())
                .name("maxItems").value(list.maxItems())
                .name("totalItems").value(list.totalItems())
                .name("hasMoreItems").value(list.hasMoreItems())
                .endObject()
                .endObject().flush();
    }
}
