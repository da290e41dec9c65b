package org.practicechallenge.protocol;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When the responding side's answer is due at the current stage, when to remind them, and when to say it is
 * overdue. A deadline only prompts people; it never decides an outcome.
 */
public record StageDeadline(LocalDate dueDate, Instant remindAt, Instant overdueAt)
{
}
