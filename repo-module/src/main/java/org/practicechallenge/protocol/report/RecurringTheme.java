package org.practicechallenge.protocol.report;

import org.practicechallenge.protocol.IssueCategory;

/**
 * A practice issue raised against one agency, and across how many children's cases: what the Practice Review Group
 * looks at for recurring themes. It recurs when it appears on more than one case.
 *
 * @param issueCategory    the practice issue; {@code null} for challenges without one
 * @param respondingAgency the agency the challenges were raised against
 * @param challenges       how many challenges
 * @param cases            how many different case folders they are on
 */
public record RecurringTheme(IssueCategory issueCategory, String respondingAgency, int challenges, int cases)
{
    public boolean recurs()
    {
        return cases > 1;
    }
}
