package org.practicechallenge.protocol;

public enum NoticeKind implements Coded
{
    STAGE_STARTED("stageStarted"),
    REMINDER("reminder"),
    OVERDUE("overdue");

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
