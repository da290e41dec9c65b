package org.practicechallenge.protocol;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;


/**
 * The escalation ladder: resolve at the lowest level possible, move up one step at a time, and in the rare case
 * that Stage 4 cannot resolve it, refer to the Practice Review Group.
 */
public enum Stage implements Coded
{
    STAGE_1(1, "stage1", EnumSet.of(StageRole.PRACTITIONER, StageRole.FIRST_LINE_MANAGER)),
    STAGE_2(2, "stage2", EnumSet.of(StageRole.LINE_MANAGER, StageRole.NAMED_SAFEGUARDING_LEAD)),
    STAGE_3(3, "stage3", EnumSet.of(StageRole.SENIOR_MANAGER)),
    STAGE_4(4, "stage4", EnumSet.of(StageRole.DIRECTOR, StageRole.PARTNERSHIP)),
    PRACTICE_REVIEW_GROUP(5, "practiceReviewGroup", EnumSet.of(StageRole.PRACTICE_REVIEW_GROUP));

    /** The one wording of the stage range, wherever a stage number is refused. */
    public static final String RANGE = "must be a stage number from 1 to 4";

    private final int number;
    private final String code;
    private final Set<StageRole> roles;

    Stage(int number, String code, Set<StageRole> roles)
    {
        this.number = number;
        this.code = code;
        this.roles = roles;
    }

    public int number()
    {
        return number;
    }

    @Override
    public String code()
    {
        return code;
    }

    public Set<StageRole> roles()
    {
        return EnumSet.copyOf(roles);
    }

    /** Stages 1-4 are worked by the agencies; the Practice Review Group is the partnership's final referral. */
    public boolean isAgencyStage()
    {
        return this != PRACTICE_REVIEW_GROUP;
    }

    public Optional<Stage> next()
    {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public static Stage ofNumber(String field, int number)
    {
        for (Stage stage : values())
        {
            if (stage.number == number && stage.isAgencyStage())
            {
                return stage;
            }
        }
        throw new ProtocolViolation(field, RANGE);
    }

    public static Stage fromCode(String field, Object code)
    {
        return Coded.fromCode(Stage.class, field, code);
    }
}
