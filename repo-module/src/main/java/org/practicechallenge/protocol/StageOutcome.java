package org.practicechallenge.protocol;

/** What the raising side decides at the end of a stage. */
public enum StageOutcome implements Coded
{
    RESOLVED("resolved"),
    ESCALATE("escalate"),
    WITHDRAWN("withdrawn");

    private final String code;

    StageOutcome(String code)
    {
        this.code = code;
    }

    @Override
    public String code()
    {
        return code;
    }

    public static StageOutcome fromCode(String field, Object code)
    {
        return Coded.fromCode(StageOutcome.class, field, code);
    }
}
