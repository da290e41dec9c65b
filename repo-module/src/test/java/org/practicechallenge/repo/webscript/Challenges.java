package org.practicechallenge.repo.webscript;

import java.time.Instant;
import java.time.LocalDate;

import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.ChallengeSummary;

/** Report rows for web script tests. */
final class Challenges
{
    private Challenges()
    {
    }

    /** The contract's example: PC-2026-0007, a conference challenge at Stage 3, raised 1 October 2026. */
    static ChallengeSummary conferenceChallengeAtStage3()
    {
        return new ChallengeSummary("workspace://SpacesStore/c7", "PC-2026-0007", "workspace://SpacesStore/case1", "C123",
                "Sam Smith", ChallengeKind.CONFERENCE_CHALLENGE, Stage.STAGE_3, Stage.STAGE_1, ChallengeStatus.OPEN,
                "safeguardingUnit", "socialCare", IssueCategory.REPORT_BELOW_STANDARD,
                Instant.parse("2026-10-01T09:00:00Z"), null, LocalDate.of(2026, 10, 20), false);
    }

    static ChallengeSummary open(String id, Stage stage, String raising, String responding)
    {
        return new ChallengeSummary("workspace://SpacesStore/" + id, "PC-" + id, "workspace://SpacesStore/case-" + id,
                "C-" + id, "Child " + id, ChallengeKind.PROFESSIONAL_DIFFERENCE, stage, Stage.STAGE_1,
                ChallengeStatus.OPEN, raising, responding, IssueCategory.ASSESSMENT,
                Instant.parse("2026-10-05T09:00:00Z"), null, LocalDate.of(2026, 10, 30), false);
    }

    static ChallengeSummary resolved(String id, String raising, String responding, String raised, String closed)
    {
        return new ChallengeSummary("workspace://SpacesStore/" + id, "PC-" + id, "workspace://SpacesStore/case-" + id,
                "C-" + id, "Child " + id, ChallengeKind.PROFESSIONAL_DIFFERENCE, Stage.STAGE_2, Stage.STAGE_1,
                ChallengeStatus.RESOLVED, raising, responding, IssueCategory.ASSESSMENT, Instant.parse(raised),
                Instant.parse(closed), null, false);
    }
}
