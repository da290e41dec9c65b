package org.practicechallenge.protocol;

/** The chair's finding six weeks after a step-down to Child in Need planning. */
public enum CinOutcome implements Coded
{
    EVIDENCED("evidenced"),
    NOT_EVIDENCED("notEvidenced");

    private final String code;

    CinOutcome(String code)
    {
        this.code = code;
    }

    @Override
    public String code()
    {
        return code;
    }

    public static CinOutcome fromCode(String field, Object code)
    {
        return Coded.fromCode(CinOutcome.class, field, code);
    }
}
