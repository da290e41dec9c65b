package org.practicechallenge.repo.record;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.Stage;

/**
 * The roll-up a case folder shows of its challenges ({@code pc:escalationSummary}): how many are open, the highest
 * stage any open one has reached, whether any is overdue, and when a challenge in the folder was last raised or
 * escalated. Directors' lists and the dashlet read it instead of opening every challenge.
 */
public record EscalationSummary(int openChallengeCount, Stage highestOpenStage, boolean anyOverdue, Instant lastEscalationDate)
{
    /** What the summary needs of one challenge, whether it comes from the workflow or from a stored node. */
    public record Standing(ChallengeStatus status, Stage stage, boolean overdue, Instant stageStartedAt)
    {
        public Standing
        {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(stage, "stage");
        }

        public static Standing of(Challenge challenge)
        {
            return new Standing(challenge.status(), challenge.stage(), challenge.overdue(), challenge.stageStartedAt());
        }

        boolean isOpen()
        {
            return status == ChallengeStatus.OPEN;
        }
    }

    public static final EscalationSummary NONE = new EscalationSummary(0, null, false, null);

    /**
     * Raising a challenge starts its first stage and escalating starts the next, so the latest stage start of any
     * challenge, open or closed, is the folder's last escalation.
     */
    public static EscalationSummary of(Collection<Standing> challenges)
    {
        int open = 0;
        Stage highest = null;
        boolean overdue = false;
        Instant last = null;
        for (Standing challenge : challenges)
        {
            if (challenge.isOpen())
            {
                open++;
                highest = highest == null ? challenge.stage() : max(highest, challenge.stage());
                overdue |= challenge.overdue();
            }
            if (challenge.stageStartedAt() != null && (last == null || challenge.stageStartedAt().isAfter(last)))
            {
                last = challenge.stageStartedAt();
            }
        }
        return new EscalationSummary(open, highest, overdue, last);
    }

    private static Stage max(Stage a, Stage b)
    {
        return Comparator.comparingInt(Stage::number).compare(a, b) >= 0 ? a : b;
    }
}
