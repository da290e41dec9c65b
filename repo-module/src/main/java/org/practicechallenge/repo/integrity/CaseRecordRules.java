package org.practicechallenge.repo.integrity;

import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.alfresco.model.ContentModel;
import org.alfresco.service.namespace.QName;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.repo.NodeValues;

/**
 * What may change on a child's case record, and who may change it. Only the record's own properties count
 * ({@code pc:*} and the name); Alfresco's housekeeping ({@code cm:modified}, records-management aspects) is free.
 * <ul>
 * <li>An entry, once written, never changes; only the workflow writes entries.</li>
 * <li>A challenge is written only by the workflow; a fact once recorded (who raised it, against whom, its outcome,
 * when it closed) is never overwritten, by anyone.</li>
 * <li>Once closed, the challenge stays as it was closed. The family may still be told after closure (a conference
 * challenge's chair records it), and retention or a records manager may set its retain-until date.</li>
 * <li>Only a records manager deletes, and only a closed challenge whose retain-until date has come.</li>
 * </ul>
 */
public final class CaseRecordRules
{
    /** Facts that, once recorded, are never overwritten. */
    static final Set<QName> WRITE_ONCE = Set.of(ContentModel.PROP_NAME, PROP_REFERENCE, PROP_KIND, PROP_START_STAGE,
            PROP_RAISING_AGENCY, PROP_RESPONDING_AGENCY, PROP_RAISED_BY, PROP_RAISED_DATE, PROP_ISSUE_CATEGORY,
            PROP_ISSUE_CATEGORY_DESCRIPTION, PROP_ISSUE_SUMMARY, PROP_OUTCOME, PROP_CLOSED_DATE, PROP_FAMILY_INFORMED_DATE,
            PROP_WORKFLOW_INSTANCE_ID);

    private CaseRecordRules()
    {
    }

    /** Why this change to a case-record entry is refused, or empty when it is allowed. */
    public static Optional<String> entryChange(Map<QName, Serializable> before, Map<QName, Serializable> after, RecordWriter writer)
    {
        if (isNew(before, PROP_RECORDED_AT))
        {
            return writer == RecordWriter.CASE_RECORD ? Optional.empty()
                    : Optional.of("case-record entries are written by the practice challenge workflow, not directly");
        }
        Set<QName> changed = changed(before, after);
        return changed.isEmpty() ? Optional.empty()
                : Optional.of("the case-record entry by " + before.get(PROP_AUTHOR) + " recorded at " + before.get(PROP_RECORDED_AT)
                        + " cannot be changed (" + names(changed) + "); entries are never altered once written");
    }

    /** Why this change to a practice challenge is refused, or empty when it is allowed. */
    public static Optional<String> challengeChange(Map<QName, Serializable> before, Map<QName, Serializable> after, RecordWriter writer)
    {
        if (isNew(before, PROP_REFERENCE))
        {
            return writer == RecordWriter.CASE_RECORD ? Optional.empty()
                    : Optional.of("practice challenges are raised through the practice challenge workflow, not created directly");
        }
        String challenge = "challenge " + before.get(PROP_REFERENCE);
        Set<QName> changed = changed(before, after);
        for (QName property : changed)
        {
            if (WRITE_ONCE.contains(property) && before.get(property) != null)
            {
                return Optional.of(challenge + " already records " + name(property) + " as '" + before.get(property)
                        + "'; a recorded fact is never overwritten");
            }
        }
        boolean closed = isClosed(before);
        Set<QName> refused = new TreeSet<>();
        for (QName property : changed)
        {
            if (!mayChange(property, writer, closed))
            {
                refused.add(property);
            }
        }
        if (refused.isEmpty())
        {
            return Optional.empty();
        }
        return Optional.of(closed
                ? challenge + " is closed; its record is kept as it was closed and " + names(refused) + " cannot change"
                : challenge + " changes only through the practice challenge workflow; " + names(refused) + " cannot be edited directly");
    }

    private static boolean mayChange(QName property, RecordWriter writer, boolean closed)
    {
        if (property.equals(PROP_RETAIN_UNTIL))
        {
            return writer != RecordWriter.ANYONE_ELSE;
        }
        if (writer != RecordWriter.CASE_RECORD)
        {
            return false;
        }
        return !closed || property.equals(PROP_FAMILY_INFORMED_DATE);
    }

    /** Why adding a child to this challenge is refused, or empty when it is allowed. */
    public static Optional<String> newChild(Map<QName, Serializable> challenge, RecordWriter writer)
    {
        return isClosed(challenge) && writer != RecordWriter.CASE_RECORD
                ? Optional.of("challenge " + challenge.get(PROP_REFERENCE) + " is closed; nothing more is added to its record")
                : Optional.empty();
    }

    /** Why deleting this challenge is refused, or empty when it is allowed. */
    public static Optional<String> challengeDeletion(Map<QName, Serializable> challenge, RecordWriter writer, LocalDate today, ZoneId zone)
    {
        String name = "challenge " + challenge.get(PROP_REFERENCE);
        if (writer != RecordWriter.RECORDS_MANAGER)
        {
            return Optional.of(name + " is part of the child's case record; only records managers delete it, through retention");
        }
        if (!isClosed(challenge))
        {
            return Optional.of(name + " is still open; an open challenge is never deleted");
        }
        LocalDate retainUntil = NodeValues.day(challenge.get(PROP_RETAIN_UNTIL));
        if (retainUntil == null)
        {
            return Optional.of(name + " has no retain-until date yet; it is kept until its retention schedule gives one");
        }
        if (retainUntil.isAfter(today))
        {
            return Optional.of(name + " is retained until " + retainUntil);
        }
        return Optional.empty();
    }

    /**
     * Why deleting an entry is refused, or empty when allowed. An entry goes only with its challenge, when that is
     * deletable; an entry on the case itself (the CiN check) goes when a records manager deletes it.
     */
    public static Optional<String> entryDeletion(Map<QName, Serializable> parentChallenge, RecordWriter writer, LocalDate today, ZoneId zone)
    {
        if (parentChallenge != null)
        {
            return challengeDeletion(parentChallenge, writer, today, zone);
        }
        return writer == RecordWriter.RECORDS_MANAGER ? Optional.empty()
                : Optional.of("case-record entries are kept; only records managers delete them, through retention");
    }

    static boolean isClosed(Map<QName, Serializable> challenge)
    {
        Object status = challenge.get(PROP_STATUS);
        return status != null && !ChallengeStatus.OPEN.code().equals(status);
    }

    private static boolean isNew(Map<QName, Serializable> before, QName identifying)
    {
        return before == null || before.get(identifying) == null;
    }

    private static Set<QName> changed(Map<QName, Serializable> before, Map<QName, Serializable> after)
    {
        Set<QName> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.removeIf(key -> !isRecordProperty(key) || Objects.equals(before.get(key), after.get(key)));
        return keys;
    }

    private static boolean isRecordProperty(QName property)
    {
        return property.getNamespaceURI().equals(NAMESPACE) || property.equals(ContentModel.PROP_NAME);
    }

    private static String name(QName property)
    {
        return (property.getNamespaceURI().equals(NAMESPACE) ? PREFIX : "cm") + ":" + property.getLocalName();
    }

    private static String names(Set<QName> properties)
    {
        return String.join(", ", properties.stream().map(CaseRecordRules::name).toList());
    }
}
