package org.practicechallenge.protocol;

public enum NoticeKind implements Coded
{
    STAGE_STARTED("stageStarted"),
    REMINDER("reminder"),
    OVERDUE("overdue"),
    DECISION_REMINDER("decisionReminder"),
    DECISION_OVERDUE("decisionOverdue"),
    FAMILY_INFORMED_REMINDER("familyInformedReminder"),
    FAMILY_INFORMED_OVERDUE("familyInformedOverdue"),
    CIN_CHECK_REMINDER("cinEvidenceCheckReminder"),
    CIN_CHECK_OVERDUE("cinEvidenceCheckOverdue");

    private final String code;

    NoticeKind(String code)
    {
        this.code = code;
    }

    @Override
    public String code()
    {
        return code;
    }
}
