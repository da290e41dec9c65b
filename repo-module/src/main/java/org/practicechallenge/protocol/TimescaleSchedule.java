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
                }
            }
        }
        schedule.response(ChallengeKind.PROFESSIONAL_DIFFERENCE, Stage.STAGE_1, true);
        schedule.conferenceForm();
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
