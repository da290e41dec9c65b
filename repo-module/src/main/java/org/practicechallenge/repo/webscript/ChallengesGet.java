package org.practicechallenge.repo.webscript;

import static org.practicechallenge.repo.PracticeChallengeModel.PROP_CHILD_IDENTIFIER;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_CHILD_NAME;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_ISSUE_SUMMARY;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.ProtocolViolation;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.repo.NodeValues;
import org.practicechallenge.repo.register.ChallengeRegister;
import org.practicechallenge.repo.register.ChallengeRegister.Finding;
import org.practicechallenge.repo.report.CallerAccess;
import org.practicechallenge.repo.workflow.ScheduledCinChecks;
import org.practicechallenge.repo.workflow.ScheduledCinChecks.ScheduledCheck;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /practicechallenge/challenges?caseFolder=|childIdentifier=|mine=true}: the challenges a person looks
 * for, read from the {@link ChallengeRegister}, open and closed.
 * <ul>
 * <li>{@code caseFolder}: every challenge on that child's case folder, newest first;</li>
 * <li>{@code childIdentifier}: every challenge on a case folder whose child has that identifier, newest first;</li>
 * <li>{@code mine=true}: the challenges the caller raised or in which they are the practitioner challenged, open
 * first, then newest; and the six-week Child in Need checks they chair that are still to come, soonest first.</li>
 * </ul>
 * Only challenges the caller may read are listed (asked as the caller, as the directors' list asks); the child's
 * identifier and name only where the caller may read the case folder. The issue summary, free text the register does
 * not keep, is read from each listed challenge as the caller. At most {@value #MOST} challenges are listed.
 */
public class ChallengesGet extends PracticeChallengeWebScript
{
    static final int MOST = 200;

    private final ChallengeRegister register;
    private final CallerAccess access;
    private final NodeService nodeService;
    private final ScheduledCinChecks checks;
    private final PartnershipSettings settings;
    private final Clock clock;

    public ChallengesGet(ChallengeRegister register, CallerAccess access, NodeService nodeService,
            WorkflowService workflowService, PartnershipSettings settings)
    {
        this(register, access, nodeService, new ScheduledCinChecks(workflowService), settings, Clock.systemUTC());
    }

    ChallengesGet(ChallengeRegister register, CallerAccess access, NodeService nodeService, ScheduledCinChecks checks,
            PartnershipSettings settings, Clock clock)
    {
        this.register = register;
        this.access = access;
        this.nodeService = nodeService;
        this.checks = checks;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void respond(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        String caller = access.currentUserName();
        if (caller == null)
        {
            throw Refusal.forbidden("sign in to find practice challenges");
        }
        Finding finding = parameters(() -> finding(new RequestParameters(req), caller));
        Readers readers = new Readers(access.currentReader().isAdministrator());
        List<ChallengeSummary> rows = register.found(finding, MOST + 1);
        JsonWriter json = json(res, Status.STATUS_OK);
        json.beginObject().name("query").beginObject();
        switch (finding.by())
        {
            case CASE_FOLDER -> json.name("by").value("caseFolder").name("caseFolder");
            case CHILD_IDENTIFIER -> json.name("by").value("childIdentifier").name("childIdentifier")
                    .value(finding.value());
            case PERSON -> json.name("by").value("mine");
        }
        if (finding.by() == Finding.By.CASE_FOLDER)
        {
            caseFolder(finding.value(), readers, json);
        }
        json.endObject().name("items").beginArray();
        for (ChallengeSummary row : rows.subList(0, Math.min(MOST, rows.size())))
        {
            if (readers.may(row.ref()))
            {
                write(row, finding.by() == Finding.By.PERSON ? caller : null, readers, json);
            }
        }
        json.endArray().name("hasMoreItems").value(rows.size() > MOST);
        if (finding.by() == Finding.By.PERSON)
        {
            json.name("scheduledChecks").beginArray();
            ZoneId zone = settings.zone();
            for (ScheduledCheck check : checks.chairedBy(caller, clock.instant()))
            {
                json.beginObject().name("caseFolder");
                caseFolder(check.caseFolder(), readers, json);
                json.name("checkDate").value(LocalDate.ofInstant(check.checkAt(), zone).toString()).endObject();
            }
            json.endArray();
        }
        json.endObject().flush();
    }

    private static Finding finding(RequestParameters parameters, String caller)
    {
        String caseFolder = parameters.text("caseFolder");
        String childIdentifier = parameters.text("childIdentifier");
        Boolean mine = parameters.flag("mine");
        long asked = Stream.of(caseFolder, childIdentifier, Boolean.TRUE.equals(mine) ? mine : null)
                .filter(Objects::nonNull).count();
        if (asked != 1)
        {
            throw new ProtocolViolation("caseFolder", "give exactly one of caseFolder, childIdentifier or mine=true");
        }
        if (caseFolder != null)
        {
            if (!NodeRef.isNodeRef(caseFolder))
            {
                throw new ProtocolViolation("caseFolder", "is not a node reference");
            }
            return new Finding(Finding.By.CASE_FOLDER, caseFolder);
        }
        return childIdentifier != null ? new Finding(Finding.By.CHILD_IDENTIFIER, childIdentifier)
                : new Finding(Finding.By.PERSON, caller);
    }

    /** What the caller may read, asked as the caller, each node once. */
    private final class Readers
    {
        private final boolean administrator;
        private final Map<String, Boolean> answers = new HashMap<>();

        Readers(boolean administrator)
        {
            this.administrator = administrator;
        }

        boolean may(String node)
        {
            return node != null && (administrator || answers.computeIfAbsent(node, n -> access.canRead(new NodeRef(n))));
        }
    }

    /** The case folder and, to a reader of it, its child as the folder now names them. */
    private void caseFolder(String folder, Readers readers, JsonWriter json) throws IOException
    {
        boolean readable = readers.may(folder);
        Map<org.alfresco.service.namespace.QName, Serializable> p = readable
                ? nodeService.getProperties(new NodeRef(folder)) : Map.of();
        json.beginObject()
                .name("nodeRef").value(folder)
                .name("readable").value(readable)
                .name("childIdentifier").value(NodeValues.text(p, PROP_CHILD_IDENTIFIER))
                .name("childName").value(NodeValues.text(p, PROP_CHILD_NAME))
                .endObject();
    }

    private void write(ChallengeSummary challenge, String caller, Readers readers, JsonWriter json) throws IOException
    {
        boolean open = challenge.status() == ChallengeStatus.OPEN;
        boolean folderReadable = readers.may(challenge.caseFolder());
        Serializable summary = nodeService.getProperty(new NodeRef(challenge.ref()), PROP_ISSUE_SUMMARY);
        json.beginObject()
                .name("nodeRef").value(challenge.ref())
                .name("reference").value(challenge.reference())
                .name("issueSummary").value(summary == null ? null : summary.toString())
                .name("kind").value(challenge.kind().code())
                .name("stage").value(challenge.stage().code())
                .name("status").value(challenge.status().code())
                .name("raisingAgency").value(challenge.raisingAgency())
                .name("raisingAgencyName").value(agencyName(challenge.raisingAgency()))
                .name("respondingAgency").value(challenge.respondingAgency())
                .name("respondingAgencyName").value(agencyName(challenge.respondingAgency()))
                .name("raisedDate").value(iso(challenge.raisedAt()))
                .name("raisedDay").value(LocalDate.ofInstant(challenge.raisedAt(), settings.zone()).toString())
                .name("dueDate").value(open && challenge.dueDate() != null ? challenge.dueDate().toString() : null)
                .name("overdue").value(open && challenge.overdue())
                .name("caseFolder").beginObject()
                .name("nodeRef").value(challenge.caseFolder())
                .name("readable").value(folderReadable)
                .name("childIdentifier").value(folderReadable ? challenge.childIdentifier() : null)
                .name("childName").value(folderReadable ? challenge.childName() : null)
                .endObject();
        if (caller != null)
        {
            json.name("yourPart").value(caller.equals(challenge.raisedBy()) ? "raised" : "challenged");
        }
        json.endObject();
    }

    /** The agency's configured name; {@code null} for a code no longer configured (Share then shows its own label). */
    private String agencyName(String code)
    {
        try
        {
            return code == null ? null : settings.agencies().agency("agency", code).name();
        }
        catch (ProtocolViolation noLongerConfigured)
        {
            return null;
        }
    }
}
