package org.practicechallenge.protocol;

/**
 * Who is offered the Stage 1 tasks ({@code practicechallenge.routing.stage1}). The protocol asks practitioners to
 * resolve it between themselves first, with their first line managers beside them, so the default offers Stage 1 to
 * the people named; a partnership whose teams share their Stage 1 work may offer it to the whole Stage 1 groups.
 */
public enum StageOneRouting implements Coded
{
    /** The response to the practitioner named on the raise form and their agency's first line managers (the whole Stage
     *  1 groups when nobody is named); the decision to the raiser and their own agency's first line managers. */
    NAMED_PEOPLE("namedPeople"),
    /** Both tasks to everyone in the agency's Stage 1 groups (and the decision to the raiser). */
    STAGE_GROUPS("stageGroups");

    static final String SETTING = "practicechallenge.routing.stage1";

    private final String code;

    StageOneRouting(String code)
    {
        this.code = code;
    }

    @Override
    public String code()
    {
        return code;
    }

    static StageOneRouting fromSetting(String value)
    {
        return value == null || value.isBlank() ? NAMED_PEOPLE : Coded.fromCode(StageOneRouting.class, SETTING, value.trim());
    }
}
