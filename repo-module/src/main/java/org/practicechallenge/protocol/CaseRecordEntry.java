package org.practicechallenge.protocol;

import java.time.Instant;
import java.util.Objects;

/**
 * One participant's record of one moment of a challenge, written to the child's case record. Facts and opinion
 * are separate fields because the protocol requires them kept apart. Only a six-week CiN check has a
 * {@code cinOutcome}.
 */
public record CaseRecordEntry(
        EntryKind kind,
        Stage stage,
        DiscussionMethod method,
        String facts,
        String opinion,
        StageOutcome outcome,
        String outcomeSummary,
        String agreedActions,
        String author,
        String agency,
        Instant recordedAt,
        CinOutcome cinOutcome)
{
    public CaseRecordEntry
    {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (author == null || author.isBlank())
        {
            throw new ProtocolViolation("author", "every entry on the case record names its author");
        }
    }

    public static CaseRecordEntry of(EntryKind kind, Stage stage, Discussion discussion, StageOutcome outcome,
            String author, String agency, Instant recordedAt)
    {
        return new CaseRecordEntry(kind, stage, discussion.method(), discussion.facts(), discussion.opinion(), outcome,
                discussion.outcomeSummary(), discussion.agreedActions(), author, agency, recordedAt, null);
    }
}
