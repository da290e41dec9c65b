package org.practicechallenge.protocol;

import java.util.EnumSet;
import java.util.Set;

import static org.practicechallenge.protocol.ChallengeKind.CONFERENCE_CHALLENGE;
import static org.practicechallenge.protocol.ChallengeKind.PROFESSIONAL_DIFFERENCE;

/**
 * What the challenge is about. Conference challenges use the seven Stage 1 examples of the conference protocol;
 * professional differences use practice areas (the brief lists referrals/thresholds and assessment; the rest are
 * common practice areas) and may also cite a conference example. Both may say "other" with a description.
 */
public enum IssueCategory implements Coded
{
    REFERRAL_AND_THRESHOLD("referralAndThreshold", EnumSet.of(PROFESSIONAL_DIFFERENCE)),
    ASSESSMENT("assessment", EnumSet.of(PROFESSIONAL_DIFFERENCE)),
    PLANNING_AND_REVIEW("planningAndReview", EnumSet.of(PROFESSIONAL_DIFFERENCE)),
    SERVICE_PROVISION("serviceProvision", EnumSet.of(PROFESSIONAL_DIFFERENCE)),
    INFORMATION_SHARING("informationSharing", EnumSet.of(PROFESSIONAL_DIFFERENCE)),
    PARENTS_NOT_GIVEN_REPORT("parentsNotGivenReport", EnumSet.allOf(ChallengeKind.class)),
    REPORT_NOT_SUBMITTED_IN_TIME("reportNotSubmittedInTime", EnumSet.allOf(ChallengeKind.class)),
    REPORT_BELOW_STANDARD("reportBelowStandard", EnumSet.allOf(ChallengeKind.class)),
    CHILD_NOT_VISITED_IN_TIMESCALE("childNotVisitedInTimescale", EnumSet.allOf(ChallengeKind.class)),
    CORE_GROUP_NOT_HELD_OR_ATTENDED("coreGroupNotHeldOrAttended", EnumSet.allOf(ChallengeKind.class)),
    CARE_PLANNING_NOT_EVIDENCED("carePlanningNotEvidenced", EnumSet.allOf(ChallengeKind.class)),
    CIN_STEP_DOWN_NOT_EVIDENCED("cinStepDownNotEvidenced", EnumSet.of(CONFERENCE_CHALLENGE)),
    OTHER("other", EnumSet.allOf(ChallengeKind.class));

    private final String code;
    private final Set<ChallengeKind> kinds;

    IssueCategory(String code, Set<ChallengeKind> kinds)
    {
        this.code = code;
        this.kinds = kinds;
    }

    @Override
    public String code()
    {
        return code;
    }

    public boolean appliesTo(ChallengeKind kind)
    {
        return kinds.contains(kind);
    }

    public boolean needsDescription()
    {
        return this == OTHER;
    }

    public static IssueCategory fromCode(String field, Object code)
    {
        return Coded.fromCode(IssueCategory.class, field, code);
    }
}
