package org.practicechallenge.repo.report;

import java.util.List;

/**
 * One challenge as its history web script shows it: its properties in model order and its case-record entries,
 * oldest first. Values are {@code String}, {@code Boolean}, {@code java.time.Instant} (datetimes),
 * {@code java.time.LocalDate} (dates) or {@code null}.
 *
 * @param caseFolder the child's case folder; its child's details are {@code null} when the reader may not read it
 */
public record ChallengeHistory(String nodeRef, CaseFolder caseFolder, List<Field> properties, List<List<Field>> entries)
{
    public ChallengeHistory
    {
        properties = List.copyOf(properties);
        entries = List.copyOf(entries);
    }

    /** A property by the name the web script gives it. */
    public record Field(String name, Object value)
    {
    }

    /** The child's case folder; {@code readable} false means the reader may not open it, so no child's details. */
    public record CaseFolder(String nodeRef, boolean readable, String childIdentifier, String childName)
    {
    }
}
