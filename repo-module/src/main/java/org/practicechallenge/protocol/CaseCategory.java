package org.practicechallenge.protocol;

/** The child's record category; escalation entries inherit its retention class. */
public enum CaseCategory implements Coded
{
    CHILD_IN_NEED("childInNeed"),
    CHILD_PROTECTION("childProtection"),
    LOOKED_AFTER("lookedAfter"),
    OTHER("other");

    private final String code;

    CaseCategory(String code)
    {
        this.code = code;
    }

    @Override
    public String code()
    {
        return code;
    }

    public static CaseCategory fromCode(String field, Object code)
    {
        return Coded.fromCode(CaseCategory.class, field, code);
    }
}
