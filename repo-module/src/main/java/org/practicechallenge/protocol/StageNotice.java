package org.practicechallenge.protocol;

import java.time.LocalDate;
import java.util.Set;

/** A message to the people of a stage: a new stage has reached them, a due date is near, or it has passed. */
public record StageNotice(NoticeKind kind, String challengeRef, String caseFolder, Stage stage, LocalDate dueDate,
        Set<String> recipients)
{
    public StageNotice
    {
        recipients = Set.copyOf(recipients);
    }
}
