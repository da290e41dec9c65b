package org.practicechallenge.repo.retention;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.Coded;

/**
 * The closed challenge and its entries as one plain-text document, the form in which Governance Services keeps it
 * as a record: records must be content, and a challenge is a folder of entries.
 */
public final class ChallengeRecordText
{
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ChallengeRecordText()
    {
    }

    public static String render(Challenge challenge, String reference, List<CaseRecordEntry> entries, ZoneId zone)
    {
        StringBuilder text = new StringBuilder();
        line(text, "Practice challenge", reference);
        line(text, "Kind", code(challenge.kind()));
        line(text, "Raised by", challenge.raisedBy() + " (" + challenge.raisingAgency() + ")");
        line(text, "Raised", challenge.raisedAt() == null ? null : MOMENT.format(challenge.raisedAt().atZone(zone)));
        line(text, "Responding agency", challenge.respondingAgency());
        line(text, "Issue", code(challenge.issueCategory()) + (challenge.issueCategoryDescription() == null ? "" : ": " + challenge.issueCategoryDescription()));
        line(text, "Summary", challenge.issueSummary());
        line(text, "Started at", code(challenge.startStage()));
        line(text, "Concluded at", code(challenge.stage()));
        line(text, "Status", code(challenge.status()));
        line(text, "Outcome", code(challenge.outcome()));
        line(text, "Outcome summary", challenge.outcomeSummary());
        line(text, "Withdrawal reason", challenge.withdrawalReason());
        line(text, "Closed", challenge.closedAt() == null ? null : MOMENT.format(challenge.closedAt().atZone(zone)));
        line(text, "Family informed", challenge.familyInformedDate() == null ? null : challenge.familyInformedDate().toString());
        List<CaseRecordEntry> ordered = entries.stream().sorted(Comparator.comparing(CaseRecordEntry::recordedAt)).toList();
        for (CaseRecordEntry entry : ordered)
        {
            text.append('\n');
            line(text, "Entry", code(entry.kind()) + " at " + code(entry.stage()) + ", " + MOMENT.format(entry.recordedAt().atZone(zone)));
            line(text, "By", entry.author() + (entry.agency() == null ? "" : " (" + entry.agency() + ")"));
            line(text, "Discussion", code(entry.method()));
            line(text, "Facts", entry.facts());
            line(text, "Opinion", entry.opinion());
            line(text, "Outcome", code(entry.outcome()));
            line(text, "Outcome summary", entry.outcomeSummary());
            line(text, "Agreed actions", entry.agreedActions());
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value)
    {
        if (value != null)
        {
            text.append(label).append(": ").append(value).append('\n');
        }
    }

    private static String code(Coded value)
    {
        return value == null ? null : value.code();
    }
}
