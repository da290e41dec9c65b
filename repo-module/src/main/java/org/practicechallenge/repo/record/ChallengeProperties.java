package org.practicechallenge.repo.record;

import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.alfresco.service.namespace.QName;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.Coded;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.repo.NodeValues;

/**
 * A {@link Challenge} as the properties of its {@code pc:practiceChallenge} node, and back as far as the escalation
 * summary needs. Codes are the model's LIST values; days are {@code d:date}, moments {@code d:datetime}.
 */
final class ChallengeProperties
{
    /** The {@code d:date} properties: a day, whatever time of day the stored value carries. */
    static final Set<QName> DAYS = Set.of(PROP_LINE_MANAGER_CONSULTED_DATE, PROP_CONFERENCE_DATE, PROP_NEXT_CONFERENCE_DATE,
            PROP_FORM_DUE_DATE, PROP_DUE_DATE, PROP_FAMILY_INFORMED_DATE, PROP_RETAIN_UNTIL);

    private ChallengeProperties()
    {
    }

    /**
     * Whether a stored value already says what the challenge says. Days compare as days, so a {@code d:date} stored
     * at another time of the same day (as another client may write it) is not taken for a change.
     */
    static boolean same(QName property, Serializable stored, Serializable wanted, ZoneId zone)
    {
        return DAYS.contains(property) ? Objects.equals(NodeValues.day(stored), NodeValues.day(wanted))
                : Objects.equals(stored, wanted);
    }

    /** Everything the workflow keeps current; the reference, name and retain-until date are the adapter's. */
    static Map<QName, Serializable> of(Challenge c, ZoneId zone)
    {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(PROP_KIND, code(c.kind()));
        p.put(PROP_STAGE, code(c.stage()));
        p.put(PROP_START_STAGE, code(c.startStage()));
        p.put(PROP_STATUS, code(c.status()));
        p.put(PROP_OUTCOME, code(c.outcome()));
        p.put(PROP_OUTCOME_SUMMARY, c.outcomeSummary());
        p.put(PROP_WITHDRAWAL_REASON, c.withdrawalReason());
        p.put(PROP_RAISING_AGENCY, c.raisingAgency());
        p.put(PROP_RESPONDING_AGENCY, c.respondingAgency());
        p.put(PROP_CHALLENGED_PRACTITIONER, c.challengedPractitioner());
        p.put(PROP_ISSUE_CATEGORY, code(c.issueCategory()));
        p.put(PROP_ISSUE_CATEGORY_DESCRIPTION, c.issueCategoryDescription());
        p.put(PROP_ISSUE_SUMMARY, c.issueSummary());
        p.put(PROP_IMMEDIATE_WELFARE_CONCERN, c.immediateWelfareConcern());
        p.put(PROP_LINE_MANAGER_CONSULTED, c.lineManagerConsulted());
        p.put(PROP_LINE_MANAGER_NAME, c.lineManagerName());
        p.put(PROP_LINE_MANAGER_CONSULTED_DATE, NodeValues.date(c.lineManagerConsultedDate()));
        p.put(PROP_RAISED_BY, c.raisedBy());
        p.put(PROP_RAISED_DATE, NodeValues.dateTime(c.raisedAt()));
        p.put(PROP_CONFERENCE_DATE, NodeValues.date(c.conferenceDate()));
        p.put(PROP_NEXT_CONFERENCE_DATE, NodeValues.date(c.nextConferenceDate()));
        p.put(PROP_FORM_DUE_DATE, NodeValues.date(c.formDueDate()));
        p.put(PROP_RAISED_LATE, c.raisedLate());
        p.put(PROP_STAGE_STARTED_DATE, NodeValues.dateTime(c.stageStartedAt()));
        p.put(PROP_DUE_DATE, c.deadline() == null ? null : NodeValues.date(c.deadline().dueDate()));
        p.put(PROP_OVERDUE, c.overdue());
        p.put(PROP_FAMILY_INFORMED_DATE, NodeValues.date(c.familyInformedDate()));
        p.put(PROP_CLOSED_DATE, NodeValues.dateTime(c.closedAt()));
        return p;
    }

    /** How a stored challenge stands, for its folder's summary. */
    static EscalationSummary.Standing standing(Map<QName, Serializable> p)
    {
        return new EscalationSummary.Standing(
                ChallengeStatus.fromCode("status", NodeValues.text(p.get(PROP_STATUS))),
                Stage.fromCode("stage", NodeValues.text(p.get(PROP_STAGE))),
                NodeValues.flag(p.get(PROP_OVERDUE)),
                NodeValues.instant(p.get(PROP_STAGE_STARTED_DATE)));
    }

    static Map<QName, Serializable> of(EscalationSummary summary)
    {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(PROP_OPEN_CHALLENGE_COUNT, summary.openChallengeCount());
        p.put(PROP_HIGHEST_OPEN_STAGE, code(summary.highestOpenStage()));
        p.put(PROP_ANY_OVERDUE, summary.anyOverdue());
        p.put(PROP_LAST_ESCALATION_DATE, NodeValues.dateTime(summary.lastEscalationDate()));
        return p;
    }

    private static String code(Coded value)
    {
        return value == null ? null : value.code();
    }
}
