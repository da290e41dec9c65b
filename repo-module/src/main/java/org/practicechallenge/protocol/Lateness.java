package org.practicechallenge.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A task answered after its due date. It stays on the case record as an entry of its own, because the challenge's
 * overdue flag is cleared when the next stage starts. Facts only: which task, due when, answered when.
 */
public record Lateness(WaitingTask task, Stage stage, LocalDate dueDate, Instant answeredAt, ZoneId zone)
{
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    /** Late when the task is answered on a day after its due date; a task without a due date is never late. */
    public static Optional<Lateness> of(WaitingTask task, Stage stage, LocalDate dueDate, Instant answeredAt, ZoneId zone)
    {
        if (dueDate == null || !answeredAt.atZone(zone).toLocalDate().isAfter(dueDate))
        {
            return Optional.empty();
        }
        return Optional.of(new Lateness(task, stage, dueDate, answeredAt, zone));
    }

    public LocalDate answeredDate()
    {
        return answeredAt.atZone(zone).toLocalDate();
    }

    /** "The Stage 1 response was due by Tuesday 8 September 2026 and was recorded on Wednesday 9 September 2026." */
    public String facts()
    {
        return "The " + what() + " was due by " + DAY.format(dueDate) + " and was recorded on " + DAY.format(answeredDate()) + ".";
    }

    public CaseRecordEntry entry(String author, String agency)
    {
        return new CaseRecordEntry(EntryKind.LATENESS, stage, null, facts(), null, null, null, null, author, agency,
                answeredAt, null);
    }

    private String what()
    {
        return switch (task)
        {
            case RESPONSE, DECISION -> "Stage " + stage.number() + " " + task.label();
            case REFERRAL -> "Practice Review Group referral";
            case FAMILY_INFORMED -> "record that the family was told";
            case CIN_EVIDENCE_CHECK -> "six-week Child in Need check";
        };
    }
}
