package org.practicechallenge.protocol;

/** What the Practice Review Group concludes; there is nothing above it to escalate to. */
public enum ReferralOutcome implements Coded
{
    RESOLVED("resolved", StageOutcome.RESOLVED),
    WITHDRAWN("withdrawn", StageOutcome.WITHDRAWN);

    private final String code;
    private final StageOutcome stageOutcome;

    ReferralOutcome(String code, StageOutcome stageOutcome)
    {
        this.code = code;
        this.stageOutcome = stageOutcome;
    }

    @Override
    public String code()
    {
        return code;
    }

    public StageOutcome asStageOutcome()
    {
        return stageOutcome;
    }

    public static ReferralOutcome fromCode(String field, Object code)
    {
        return Coded.fromCode(ReferralOutcome.class, field, code);
    }
}
