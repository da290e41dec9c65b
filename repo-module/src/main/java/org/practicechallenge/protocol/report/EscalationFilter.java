package org.practicechallenge.protocol.report;

import org.practicechallenge.protocol.Stage;

/**
 * What a director narrows the list of escalations to. Every criterion is optional ({@code null} means any).
 *
 * @param stage   only challenges now at this stage
 * @param agency  only challenges this agency raised or responds to
 * @param overdue only overdue ({@code true}) or only on-time ({@code false}) challenges
 * @param raised  only challenges raised in this period
 */
public record EscalationFilter(Stage stage, String agency, Boolean overdue, ReportPeriod raised)
{
    public EscalationFilter
    {
        if (raised == null)
        {
            raised = ReportPeriod.always();
        }
    }

    public static EscalationFilter none()
    {
        return new EscalationFilter(null, null, null, ReportPeriod.always());
    }

    /** Whether the challenge is an open escalation that meets every criterion given. */
    public boolean matches(ChallengeSummary challenge)
    {
        return challenge.isOpenEscalation()
                && (stage == null || challenge.stage() == stage)
                && (agency == null || challenge.involves(agency))
                && (overdue == null || challenge.overdue() == overdue)
                && raised.includes(challenge.raisedAt());
    }
}
