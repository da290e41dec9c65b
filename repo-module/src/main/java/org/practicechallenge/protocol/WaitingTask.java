package org.practicechallenge.protocol;

import java.util.Optional;

/**
 * A task that waits on a person, told apart by its BPMN id ({@code stage2Response}, {@code stage2Decision},
 * {@code practiceReviewGroupReferral}, {@code familyInformed}, {@code cinEvidenceCheck}) or the id of one of its timers' steps
 * ({@code stage2DecisionReminder}). Each has a due date, a reminder before it and an overdue notice after it.
 */
public enum WaitingTask
{
    RESPONSE("response"),
    DECISION("decision"),
    REFERRAL("referral"),
    FAMILY_INFORMED("family told"),
    /** The chair's six-week Child in Need check ({@code pcCinStepDownCheck}): there is no challenge yet. */
    CIN_EVIDENCE_CHECK("Child in Need check");

    private final String label;

    WaitingTask(String label)
    {
        this.label = label;
    }

    public static WaitingTask ofActivity(String activityId)
    {
        if (activityId.startsWith("cinEvidenceCheck"))
        {
            return CIN_EVIDENCE_CHECK;
        }
        if (activityId.startsWith("familyInformed"))
        {
            return FAMILY_INFORMED;
        }
        if (activityId.startsWith("practiceReviewGroup"))
        {
            return REFERRAL;
        }
        return activityId.contains("Decision") ? DECISION : RESPONSE;
    }

    /** The stage an activity id names ({@code stage3...}), if it names one. */
    public static Optional<Stage> stageOf(String activityId)
    {
        if (activityId.startsWith("practiceReviewGroup"))
        {
            return Optional.of(Stage.PRACTICE_REVIEW_GROUP);
        }
        for (Stage stage : Stage.values())
        {
            if (activityId.startsWith(stage.code()))
            {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** The user task a timer's step belongs to: {@code stage2DecisionReminder} to {@code stage2Decision}. */
    public static String taskOf(String timerStepId)
    {
        return timerStepId.replaceFirst("(Reminder|Overdue)$", "");
    }

    /** Plain words for the record: "response", "decision", "referral", "family told". */
    public String label()
    {
        return label;
    }
}
