package org.practicechallenge.protocol;

public enum ChallengeStatus implements Coded
{
    OPEN("open"),
    RESOLVED("resolved"),
    WITHDRAWN("withdrawn");

    private final String code;

    ChallengeStatus(String code)
    {
        this.code = code;
    }

    @Override
    public String code()
    {
        return code;
    }

    public boolean isClosed()
    {
        return this != OPEN;
    }

    public static ChallengeStatus fromCode(String field, Object code)
    {
        return Coded.fromCode(ChallengeStatus.class, field, code);
    }
}
