package org.practicechallenge.protocol;

/** The protocol lets the method suit the case. */
public enum DiscussionMethod implements Coded
{
    MEETING("meeting"),
    TELEPHONE("telephone"),
    CORRESPONDENCE("correspondence");

    private final String code;

    DiscussionMethod(String code)
    {
        this.code = code;
    }

    @Override
    public String code()
    {
        return code;
    }

    public static DiscussionMethod fromCode(String field, Object code)
    {
        return Coded.fromCode(DiscussionMethod.class, field, code);
    }
}
