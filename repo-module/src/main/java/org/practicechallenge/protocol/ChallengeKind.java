package org.practicechallenge.protocol;

/** The two routes into the protocol: the general process (section 3) and the conference chair's (section 4). */
public enum ChallengeKind implements Coded
{
    PROFESSIONAL_DIFFERENCE("professionalDifference", "professionalDifference"),
    CONFERENCE_CHALLENGE("conferenceChallenge", "conference");

    private final String code;
    private final String timescaleKey;

    ChallengeKind(String code, String timescaleKey)
    {
        this.code = code;
        this.timescaleKey = timescaleKey;
    }

    @Override
    public String code()
    {
        return code;
    }

    /** The segment used in {@code practicechallenge.timescale.<key>.*} configuration. */
    public String timescaleKey()
    {
        return timescaleKey;
    }

    public static ChallengeKind fromCode(String field, Object code)
    {
        return Coded.fromCode(ChallengeKind.class, field, code);
    }
}
