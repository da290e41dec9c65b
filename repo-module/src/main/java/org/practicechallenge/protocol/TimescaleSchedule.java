package org.practicechallenge.protocol;

import java.util.Map;

/**
 * How long each stage may take, per kind of challenge, from {@code practicechallenge.timescale.*}. The brief gives
 * figures only for conference Stage 1; every other default is a documented choice an adopter can change.
 */
public final class TimescaleSchedule
{
    static final String PREFIX = "practicechallenge.timescale.";

    private final Map<String, String> settings;

    private TimescaleSchedule(Map<String, String> settings)
    {
        this.settings = settings;
    }

    /** Reads and checks every timescale now, so a configuration mistake stops start-up, not a challenge. */
    public static TimescaleSchedule from(Map<String, String> settings)
    {
        TimescaleSchedule schedule = new TimescaleSchedule(Map.copyOf(settings));
        for (ChallengeKind kind : ChallengeKind.values())
        {
            for (Stage stage : Stage.values())
            {
                if (stage.isAgencyStage())
                {
                    schedule.response(kind, stage, false);
                    schedule.decision(kind, stage);
                }
            }
        }
        schedule.response(ChallengeKind.PROFESSIONAL_DIFFERENCE, Stage.STAGE_1, true);
        schedule.conferenceForm();
        schedule.familyInformed();
        schedule.cinEvidenceCheck();
        schedule.reminderLead();
        return schedule;
    }

    /** Time the responding side has at a stage; an immediate welfare concern shortens Stage 1. */
    public WorkingDays response(ChallengeKind kind, Stage stage, boolean immediateWelfareConcern)
    {
        if (stage == Stage.PRACTICE_REVIEW_GROUP)
        {
            return read(PREFIX + "practiceReviewGroup.response");
        }
        if (immediateWelfareConcern && stage == Stage.STAGE_1 && kind == ChallengeKind.PROFESSIONAL_DIFFERENCE)
        {
            return read(PREFIX + kind.timescaleKey() + ".stage1.immediateWelfareResponse");
        }
        return read(PREFIX + kind.timescaleKey() + "." + stage.code() + ".response");
    }

    /**
     * Time the raising side has to resolve, escalate or withdraw once the response is in. At least one working day,
     * so a decision's reminder can fall after it opens.
     */
    public WorkingDays decision(ChallengeKind kind, Stage stage)
    {
        return atLeastOneDay(PREFIX + kind.timescaleKey() + "." + stage.code() + ".decision");
    }

    /** Time the chair has to record that the family was told, when no next conference date is known. */
    public WorkingDays familyInformed()
    {
        return atLeastOneDay(PREFIX + "conference.familyInformed");
    }

    /** Time the chair has for the six-week Child in Need check once it falls due. */
    public WorkingDays cinEvidenceCheck()
    {
        return atLeastOneDay(PREFIX + "cinEvidenceCheck");
    }

    /** The chair sends the Stage 1 form within this many working days of the conference. */
    public WorkingDays conferenceForm()
    {
        return read(PREFIX + "conference.stage1.form");
    }

    /** How long before a due date the reminder goes out. */
    public WorkingDays reminderLead()
    {
        return read(PREFIX + "reminder");
    }

    private WorkingDays atLeastOneDay(String key)
    {
        WorkingDays days = read(key);
        if (days.count() < 1)
        {
            throw new ProtocolViolation(key, "must be at least 1wd: a person needs a working day to act");
        }
        return days;
    }

    private WorkingDays read(String key)
    {
        String value = settings.get(key);
        if (value == null)
        {
            throw new ProtocolViolation(key, "is not configured");
        }
        return WorkingDays.parse(key, value);
    }
}
