package org.practicechallenge.protocol.report;

import org.practicechallenge.protocol.ChallengeKind;

/**
 * What the conference route asks of chairs, over conference challenges: raised on time (the Stage 1 form sent
 * within its timescale of the conference) and the family told.
 */
public final class ConferenceCompliance
{
    private int challenges;
    private int raisedLate;
    private int familyTold;

    public void add(ChallengeSummary challenge)
    {
        if (challenge.kind() != ChallengeKind.CONFERENCE_CHALLENGE)
        {
            return;
        }
        challenges++;
        if (challenge.raisedLate())
        {
            raisedLate++;
        }
        if (challenge.familyInformed() != null)
        {
            familyTold++;
        }
    }

    public Figures figures()
    {
        return new Figures(challenges, raisedLate, rate(raisedLate), familyTold, rate(familyTold));
    }

    private Double rate(int count)
    {
        return challenges == 0 ? null : Math.round(count * 100.0 / challenges) / 100.0;
    }

    /** Counts and their rates among conference challenges (0 to 1, two decimals; {@code null} when there are none). */
    public record Figures(int conferenceChallenges, int raisedLate, Double raisedLateRate, int familyTold,
            Double familyToldRate)
    {
    }
}
