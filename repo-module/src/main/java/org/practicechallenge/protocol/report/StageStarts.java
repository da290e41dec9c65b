package org.practicechallenge.protocol.report;

import java.time.LocalDate;
import java.util.Arrays;

import org.practicechallenge.protocol.Stage;

/**
 * The day a challenge reached each stage it has reached. Stages never go back, so each day, once known, stays; a
 * stage skipped (a chair starting at Stage 2 or 3) has none. What directors learn about time per stage comes from
 * these days.
 */
public final class StageStarts
{
    private static final StageStarts NONE = new StageStarts(new LocalDate[Stage.values().length]);

    private final LocalDate[] days;

    private StageStarts(LocalDate[] days)
    {
        this.days = days;
    }

    public static StageStarts none()
    {
        return NONE;
    }

    /** The starts of a row that holds a day (or {@code null}) for each stage, in protocol order. */
    public static StageStarts ofDays(LocalDate stage1, LocalDate stage2, LocalDate stage3, LocalDate stage4,
            LocalDate practiceReviewGroup)
    {
        return new StageStarts(new LocalDate[] {stage1, stage2, stage3, stage4, practiceReviewGroup});
    }

    /** These starts with {@code stage} begun on {@code day}, unless a day is known for it already. */
    public StageStarts with(Stage stage, LocalDate day)
    {
        if (day == null || days[stage.ordinal()] != null)
        {
            return this;
        }
        LocalDate[] copy = days.clone();
        copy[stage.ordinal()] = day;
        return new StageStarts(copy);
    }

    /** The day the challenge reached {@code stage}, or {@code null} if it has not (or it was skipped). */
    public LocalDate started(Stage stage)
    {
        return days[stage.ordinal()];
    }

    /** The day the first stage after {@code stage} began, or {@code null} when none has. */
    public LocalDate startedAfter(Stage stage)
    {
        for (int i = stage.ordinal() + 1; i < days.length; i++)
        {
            if (days[i] != null)
            {
                return days[i];
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object other)
    {
        return other instanceof StageStarts starts && Arrays.equals(days, starts.days);
    }

    @Override
    public int hashCode()
    {
        return Arrays.hashCode(days);
    }

    @Override
    public String toString()
    {
        return "StageStarts" + Arrays.toString(days);
    }
}
