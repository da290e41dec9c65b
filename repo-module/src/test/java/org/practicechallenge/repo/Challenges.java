package org.practicechallenge.repo;

import java.time.Instant;

import org.practicechallenge.calendar.EnglandAndWalesBankHolidays;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.ChallengeStart;
import org.practicechallenge.protocol.Discussion;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.protocol.EscalationPolicy;
import org.practicechallenge.protocol.StageOutcome;
import org.practicechallenge.protocol.WorkingDayCalendar;

/** Challenges as the real protocol produces them, with the module's shipped settings. */
public final class Challenges
{
    public static final Instant MONDAY = Instant.parse("2026-08-24T08:00:00Z");

    public static final EscalationPolicy POLICY = new EscalationPolicy(ModuleDefaults.partnership(),
            new WorkingDayCalendar(new EnglandAndWalesBankHolidays()));

    private Challenges()
    {
    }

    /** Health raises a professional difference with children's social care, on {@code caseFolder}. */
    public static Challenge professionalDifference(String caseFolder)
    {
        return POLICY.open(new ChallengeStart("professionalDifference", null, null, null, null, "health", "socialCare", null,
                "referralAndThreshold", null, "Referral about bruising was closed without a strategy discussion.", false,
                null, null, caseFolder, "nurse1"), MONDAY);
    }

    public static CaseRecordEntry raisedEntry(Challenge challenge)
    {
        return new CaseRecordEntry(EntryKind.RAISED, challenge.stage(), null, challenge.issueSummary(), null, null, null, null,
                challenge.raisedBy(), challenge.raisingAgency(), challenge.raisedAt(), null);
    }

    public static Discussion discussion(String outcomeSummary)
    {
        return Discussion.atStage("telephone", "Spoke to the team manager; the record shows no strategy discussion.",
                "Threshold for a strategy discussion was met.", outcomeSummary, null);
    }

    public static Challenge decided(Challenge challenge, String outcome, Instant when)
    {
        return POLICY.decide(challenge, outcome, "withdrawn".equals(outcome) ? "New information resolved it." : null,
                discussion("Decision: " + outcome), when);
    }

    public static CaseRecordEntry decisionEntry(Challenge challenge, String outcome, Instant when)
    {
        return CaseRecordEntry.of(EntryKind.DECISION, challenge.stage(), discussion("Decision: " + outcome),
                StageOutcome.fromCode("stageOutcome", outcome), "nurse1", challenge.raisingAgency(), when);
    }
}
