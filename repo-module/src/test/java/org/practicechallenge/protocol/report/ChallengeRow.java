package org.practicechallenge.protocol.report;

import java.time.Instant;
import java.time.LocalDate;

import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.Stage;

/** Builds report rows for tests: an open Stage 2 professional difference, health against social care, by default. */
final class ChallengeRow
{
    private static int sequence;

    private String ref = "workspace://SpacesStore/challenge-" + ++sequence;
    private String reference = "PC-2026-" + String.format("%04d", sequence);
    private ChallengeKind kind = ChallengeKind.PROFESSIONAL_DIFFERENCE;
    private Stage stage = Stage.STAGE_2;
    private Stage startStage = Stage.STAGE_1;
    private ChallengeStatus status = ChallengeStatus.OPEN;
    private String raising = "health";
    private String responding = "socialCare";
    private IssueCategory category = IssueCategory.ASSESSMENT;
    private Instant raisedAt = Instant.parse("2026-10-01T09:00:00Z");
    private Instant closedAt;
    private LocalDate dueDate = LocalDate.of(2026, 10, 20);
    private boolean overdue;

    static ChallengeRow challenge()
    {
        return new ChallengeRow();
    }

    ChallengeRow ref(String v) { ref = v; return this; }
    ChallengeRow kind(ChallengeKind v) { kind = v; return this; }
    ChallengeRow at(Stage v) { stage = v; return this; }
    ChallengeRow startedAt(Stage v) { startStage = v; return this; }
    ChallengeRow raisedBy(String v) { raising = v; return this; }
    ChallengeRow against(String v) { responding = v; return this; }
    ChallengeRow about(IssueCategory v) { category = v; return this; }
    ChallengeRow raised(String instant) { raisedAt = Instant.parse(instant); return this; }
    ChallengeRow due(LocalDate v) { dueDate = v; return this; }
    ChallengeRow overdue() { overdue = true; return this; }

    ChallengeRow resolved(String instant)
    {
        status = ChallengeStatus.RESOLVED;
        closedAt = Instant.parse(instant);
        dueDate = null;
        return this;
    }

    ChallengeRow withdrawn(String instant)
    {
        status = ChallengeStatus.WITHDRAWN;
        closedAt = Instant.parse(instant);
        dueDate = null;
        return this;
    }

    ChallengeSummary build()
    {
        return new ChallengeSummary(ref, reference, "workspace://SpacesStore/case-" + sequence, "C" + sequence,
                "Child " + sequence, kind, stage, startStage, status, raising, responding, category, raisedAt, closedAt,
                dueDate, overdue);
    }
}
