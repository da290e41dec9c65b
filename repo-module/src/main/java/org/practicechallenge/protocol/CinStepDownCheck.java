package org.practicechallenge.protocol;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Six weeks (configurable) after a conference steps a case down from a Child Protection Plan to Child in Need
 * planning, the chair checks that a multi-agency CiN meeting took place and a CiN plan exists. If not, a
 * conference challenge starts at Stage 1.
 */
public final class CinStepDownCheck
{
    /** A check is scheduled at the step-down; one for a conference long past would fall due at once, unlooked for. */
    static final int MAX_CONFERENCE_AGE_MONTHS = 6;

    private final PartnershipSettings settings;
    private final WorkingDayCalendar calendar;

    CinStepDownCheck(PartnershipSettings settings, WorkingDayCalendar calendar)
    {
        this.settings = settings;
        this.calendar = calendar;
    }

    /** The check falls due on the first working day on or after the anniversary. */
    public LocalDate checkDate(LocalDate conferenceDate)
    {
        return calendar.onOrAfter(conferenceDate.plusWeeks(settings.cinCheckWeeks()));
    }

    /** Checks what the chair gives at the step-down decision and returns the date the check falls due. */
    public LocalDate schedule(LocalDate conferenceDate, Object caseFolder, Object chair, Object raisingAgency,
            Object respondingAgency, Instant now)
    {
        if (conferenceDate == null)
        {
            EscalationPolicy.fail("conferenceDate", "is required: the check is six weeks after the step-down conference");
        }
        LocalDate today = now.atZone(settings.zone()).toLocalDate();
        EscalationPolicy.notInFuture("conferenceDate", conferenceDate, today);
        if (conferenceDate.isBefore(today.minusMonths(MAX_CONFERENCE_AGE_MONTHS)))
        {
            EscalationPolicy.fail("conferenceDate", "must not be more than " + MAX_CONFERENCE_AGE_MONTHS
                    + " months ago: the check is six weeks after the step-down conference");
        }
        PlainText.required("caseFolder", caseFolder, PlainText.SHORT);
        PlainText.required("chair", chair, PlainText.SHORT);
        Agency raising = settings.agencies().agency("raisingAgency", raisingAgency(raisingAgency));
        Agency responding = settings.agencies().agency("respondingAgency", respondingAgency(respondingAgency));
        if (raising.code().equals(responding.code()))
        {
            EscalationPolicy.fail("respondingAgency", "must differ from the raising agency");
        }
        return checkDate(conferenceDate);
    }

    /** The chair's own agency unless the chair named another. */
    public Object raisingAgency(Object given)
    {
        return given == null ? settings.chairAgency() : given;
    }

    /** The agency that owns CiN planning unless the chair named another. */
    public Object respondingAgency(Object given)
    {
        return given == null ? settings.cinPlanningAgency() : given;
    }

    /** The conference challenge the chair raises when the CiN meeting and plan are not evidenced. */
    public ChallengeStart challengeWhenNotEvidenced(LocalDate conferenceDate, Object caseFolder, Object chair,
            Object raisingAgency, Object respondingAgency, Discussion check)
    {
        return new ChallengeStart(ChallengeKind.CONFERENCE_CHALLENGE.code(), 1, null, null, null,
                raisingAgency, respondingAgency, null, IssueCategory.CIN_STEP_DOWN_NOT_EVIDENCED.code(), null,
                check.facts().length() <= PlainText.SUMMARY ? check.facts() : check.facts().substring(0, PlainText.SUMMARY),
                null, conferenceDate, null, caseFolder, chair);
    }
}
