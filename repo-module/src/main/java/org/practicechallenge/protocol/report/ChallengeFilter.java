package org.practicechallenge.protocol.report;

import org.practicechallenge.protocol.CaseCategory;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.Stage;

/**
 * What a director or the partnership narrows challenges to, for the list and the report alike. Every criterion is
 * optional ({@code null} means any). The register answers the same criteria in its query; {@link #matches} is their
 * meaning.
 *
 * @param stage            only challenges now at (or, once closed, last at) this stage
 * @param agency           only challenges this agency raised or responds to
 * @param raisingAgency    only challenges this agency raised
 * @param respondingAgency only challenges raised against this agency
 * @param overdue          only overdue ({@code true}) or only on-time ({@code false}) challenges
 * @param issueCategory    only challenges about this practice issue (the theme)
 * @param caseCategory     only challenges on cases held under this category
 * @param raised           only challenges raised in this period
 */
public record ChallengeFilter(Stage stage, String agency, String raisingAgency, String respondingAgency,
        Boolean overdue, IssueCategory issueCategory, CaseCategory caseCategory, ReportPeriod raised)
{
    public ChallengeFilter
    {
        if (raised == null)
        {
            raised = ReportPeriod.always();
        }
    }

    public static ChallengeFilter none()
    {
        return new ChallengeFilter(null, null, null, null, null, null, null, ReportPeriod.always());
    }

    public static ChallengeFilter raisedIn(ReportPeriod period)
    {
        return new ChallengeFilter(null, null, null, null, null, null, null, period);
    }

    /** Whether the challenge meets every criterion given. */
    public boolean matches(ChallengeSummary challenge)
    {
        return (stage == null || challenge.stage() == stage)
                && (agency == null || challenge.involves(agency))
                && (raisingAgency == null || raisingAgency.equals(challenge.raisingAgency()))
                && (respondingAgency == null || respondingAgency.equals(challenge.respondingAgency()))
                && (overdue == null || challenge.overdue() == overdue)
                && (issueCategory == null || challenge.issueCategory() == issueCategory)
                && (caseCategory == null || challenge.caseCategory() == caseCategory)
                && raised.includes(challenge.raisedAt());
    }

    /** Whether the challenge is an open escalation (Stage 2 or beyond) meeting every criterion. */
    public boolean matchesEscalation(ChallengeSummary challenge)
    {
        return challenge.isOpenEscalation() && matches(challenge);
    }
}
