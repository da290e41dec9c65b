package org.practicechallenge.repo.report;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.practicechallenge.repo.NodeValues;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.repo.PracticeChallengeModel;

/**
 * Reads one challenge and its case-record entries for the history web script, as the calling user (through the
 * public {@code NodeService}), once {@link CallerAccess} has said they may read it.
 *
 * <p>Order of checks: a node that does not exist is not found; one the caller may not read is forbidden (so a
 * caller learns nothing about what it is); one that is not a {@code pc:practiceChallenge} is not found.
 */
public class ChallengeHistories
{
    private enum Kind { TEXT, FLAG, DAY, INSTANT }

    private record Property(String name, QName qname, Kind kind)
    {
    }

    private static final List<Property> CHALLENGE = List.of(
            new Property("reference", PracticeChallengeModel.PROP_REFERENCE, Kind.TEXT),
            new Property("kind", PracticeChallengeModel.PROP_KIND, Kind.TEXT),
            new Property("stage", PracticeChallengeModel.PROP_STAGE, Kind.TEXT),
            new Property("startStage", PracticeChallengeModel.PROP_START_STAGE, Kind.TEXT),
            new Property("status", PracticeChallengeModel.PROP_STATUS, Kind.TEXT),
            new Property("outcome", PracticeChallengeModel.PROP_OUTCOME, Kind.TEXT),
            new Property("outcomeSummary", PracticeChallengeModel.PROP_OUTCOME_SUMMARY, Kind.TEXT),
            new Property("withdrawalReason", PracticeChallengeModel.PROP_WITHDRAWAL_REASON, Kind.TEXT),
            new Property("raisingAgency", PracticeChallengeModel.PROP_RAISING_AGENCY, Kind.TEXT),
            new Property("respondingAgency", PracticeChallengeModel.PROP_RESPONDING_AGENCY, Kind.TEXT),
            new Property("challengedPractitioner", PracticeChallengeModel.PROP_CHALLENGED_PRACTITIONER, Kind.TEXT),
            new Property("issueCategory", PracticeChallengeModel.PROP_ISSUE_CATEGORY, Kind.TEXT),
            new Property("issueCategoryDescription", PracticeChallengeModel.PROP_ISSUE_CATEGORY_DESCRIPTION, Kind.TEXT),
            new Property("issueSummary", PracticeChallengeModel.PROP_ISSUE_SUMMARY, Kind.TEXT),
            new Property("immediateWelfareConcern", PracticeChallengeModel.PROP_IMMEDIATE_WELFARE_CONCERN, Kind.FLAG),
            new Property("lineManagerConsulted", PracticeChallengeModel.PROP_LINE_MANAGER_CONSULTED, Kind.FLAG),
            new Property("lineManagerName", PracticeChallengeModel.PROP_LINE_MANAGER_NAME, Kind.TEXT),
            new Property("lineManagerConsultedDate", PracticeChallengeModel.PROP_LINE_MANAGER_CONSULTED_DATE, Kind.DAY),
            new Property("raisedBy", PracticeChallengeModel.PROP_RAISED_BY, Kind.TEXT),
            new Property("raisedDate", PracticeChallengeModel.PROP_RAISED_DATE, Kind.INSTANT),
            new Property("conferenceDate", PracticeChallengeModel.PROP_CONFERENCE_DATE, Kind.DAY),
            new Property("nextConferenceDate", PracticeChallengeModel.PROP_NEXT_CONFERENCE_DATE, Kind.DAY),
            new Property("formDueDate", PracticeChallengeModel.PROP_FORM_DUE_DATE, Kind.DAY),
            new Property("raisedLate", PracticeChallengeModel.PROP_RAISED_LATE, Kind.FLAG),
            new Property("stageStartedDate", PracticeChallengeModel.PROP_STAGE_STARTED_DATE, Kind.INSTANT),
            new Property("dueDate", PracticeChallengeModel.PROP_DUE_DATE, Kind.DAY),
            new Property("overdue", PracticeChallengeModel.PROP_OVERDUE, Kind.FLAG),
            new Property("familyInformedDate", PracticeChallengeModel.PROP_FAMILY_INFORMED_DATE, Kind.DAY),
            new Property("closedDate", PracticeChallengeModel.PROP_CLOSED_DATE, Kind.INSTANT));

    private static final List<Property> ENTRY = List.of(
            new Property("kind", PracticeChallengeModel.PROP_ENTRY_KIND, Kind.TEXT),
            new Property("stage", PracticeChallengeModel.PROP_ENTRY_STAGE, Kind.TEXT),
            new Property("method", PracticeChallengeModel.PROP_DISCUSSION_METHOD, Kind.TEXT),
            new Property("facts", PracticeChallengeModel.PROP_FACTS, Kind.TEXT),
            new Property("opinion", PracticeChallengeModel.PROP_OPINION, Kind.TEXT),
            new Property("outcome", PracticeChallengeModel.PROP_ENTRY_OUTCOME, Kind.TEXT),
            new Property("cinOutcome", PracticeChallengeModel.PROP_CIN_OUTCOME, Kind.TEXT),
            new Property("outcomeSummary", PracticeChallengeModel.PROP_ENTRY_OUTCOME_SUMMARY, Kind.TEXT),
            new Property("agreedActions", PracticeChallengeModel.PROP_AGREED_ACTIONS, Kind.TEXT),
            new Property("author", PracticeChallengeModel.PROP_AUTHOR, Kind.TEXT),
            new Property("agency", PracticeChallengeModel.PROP_AGENCY, Kind.TEXT),
            new Property("recordedAt", PracticeChallengeModel.PROP_RECORDED_AT, Kind.INSTANT));

    /** Oldest first; an entry without a time sorts first, and equal times keep the repository's order. */
    private static final Comparator<Map<QName, Serializable>> OLDEST_FIRST = Comparator.comparing(
            entry -> NodeValues.instant(entry, PracticeChallengeModel.PROP_RECORDED_AT),
            Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));

    private final NodeService nodeService;
    private final CallerAccess access;
    private final ZoneId zone;

    public ChallengeHistories(NodeService nodeService, CallerAccess access, PartnershipSettings settings)
    {
        this.nodeService = nodeService;
        this.access = access;
        this.zone = settings.zone();
    }

    /** What the caller may learn about the node, and its history when they may read it and it is a challenge. */
    public Lookup find(NodeRef challenge)
    {
        if (!nodeService.exists(challenge))
        {
            return new Lookup(Outcome.NOT_FOUND, null);
        }
        if (!access.canRead(challenge))
        {
            return new Lookup(Outcome.FORBIDDEN, null);
        }
        if (!PracticeChallengeModel.TYPE_PRACTICE_CHALLENGE.equals(nodeService.getType(challenge)))
        {
            return new Lookup(Outcome.NOT_A_CHALLENGE, null);
        }
        return new Lookup(Outcome.FOUND, read(challenge));
    }

    private ChallengeHistory read(NodeRef challenge)
    {
        List<ChallengeHistory.Field> properties = fields(nodeService.getProperties(challenge), CHALLENGE);
        List<Map<QName, Serializable>> entries = new ArrayList<>();
        for (ChildAssociationRef child : nodeService.getChildAssocs(challenge,
                Set.of(PracticeChallengeModel.TYPE_CASE_RECORD_ENTRY)))
        {
            entries.add(nodeService.getProperties(child.getChildRef()));
        }
        entries.sort(OLDEST_FIRST);
        List<List<ChallengeHistory.Field>> entryFields = new ArrayList<>(entries.size());
        for (Map<QName, Serializable> entry : entries)
        {
            entryFields.add(fields(entry, ENTRY));
        }
        return new ChallengeHistory(challenge.toString(), caseFolder(challenge), properties, entryFields);
    }

    private ChallengeHistory.CaseFolder caseFolder(NodeRef challenge)
    {
        NodeRef folder = nodeService.getPrimaryParent(challenge).getParentRef();
        if (!access.canRead(folder))
        {
            return new ChallengeHistory.CaseFolder(folder.toString(), false, null, null);
        }
        Map<QName, Serializable> p = nodeService.getProperties(folder);
        return new ChallengeHistory.CaseFolder(folder.toString(), true,
                NodeValues.text(p, PracticeChallengeModel.PROP_CHILD_IDENTIFIER),
                NodeValues.text(p, PracticeChallengeModel.PROP_CHILD_NAME));
    }

    private List<ChallengeHistory.Field> fields(Map<QName, Serializable> values, List<Property> properties)
    {
        List<ChallengeHistory.Field> fields = new ArrayList<>(properties.size());
        for (Property property : properties)
        {
            fields.add(new ChallengeHistory.Field(property.name(), value(values, property)));
        }
        return fields;
    }

    private Object value(Map<QName, Serializable> values, Property property)
    {
        return switch (property.kind())
        {
            case TEXT -> NodeValues.text(values, property.qname());
            case FLAG -> values.get(property.qname()) == null ? null : NodeValues.flag(values, property.qname());
            case DAY -> NodeValues.day(values, property.qname());
            case INSTANT -> NodeValues.instant(values, property.qname());
        };
    }

    public enum Outcome { FOUND, NOT_FOUND, FORBIDDEN, NOT_A_CHALLENGE }

    /** The outcome and, when {@link Outcome#FOUND}, the history. */
    public record Lookup(Outcome outcome, ChallengeHistory history)
    {
    }
}
