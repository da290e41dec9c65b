package org.practicechallenge.protocol.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.Stage;

/**
 * Quarter by quarter (calendar quarters of the day raised, in the partnership's zone): how many challenges were
 * raised, how many of those went beyond Stage 1, and how they stand now. Quarters with none are left out.
 */
public final class QuarterTrend
{
    private final ZoneId zone;
    private final TreeMap<String, int[]> quarters = new TreeMap<>();

    public QuarterTrend(ZoneId zone)
    {
        this.zone = zone;
    }

    public void add(ChallengeSummary challenge)
    {
        LocalDate raised = LocalDate.ofInstant(challenge.raisedAt(), zone);
        String quarter = raised.getYear() + "-Q" + ((raised.getMonthValue() - 1) / 3 + 1);
        int[] counts = quarters.computeIfAbsent(quarter, q -> new int[5]);
        counts[0]++;
        if (challenge.stage().number() >= Stage.STAGE_2.number())
        {
            counts[1]++;
        }
        counts[challenge.status() == ChallengeStatus.RESOLVED ? 2 : challenge.status() == ChallengeStatus.WITHDRAWN ? 3 : 4]++;
    }

    /** Oldest quarter first. */
    public List<Quarter> quarters()
    {
        List<Quarter> list = new ArrayList<>(quarters.size());
        quarters.forEach((quarter, c) -> list.add(new Quarter(quarter, c[0], c[1], c[2], c[3], c[4])));
        return List.copyOf(list);
    }

    /** One quarter, written {@code 2026-Q1}. */
    public record Quarter(String quarter, int raised, int escalated, int resolved, int withdrawn, int open)
    {
    }
}
