package org.practicechallenge.protocol.report;

/**
 * The six-week Child in Need checks recorded after step-downs: how many found a CiN meeting and plan evidenced, and
 * how many did not (each of those started a conference challenge).
 */
public record CinCheckCounts(int evidenced, int notEvidenced)
{
    public int total()
    {
        return evidenced + notEvidenced;
    }
}
