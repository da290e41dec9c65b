package org.practicechallenge.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The Practice Resolution Protocol's rules for raising a challenge and moving it on. Every method either returns
 * the challenge's next state or throws a {@link ProtocolViolation} and changes nothing.
 */
public final class EscalationPolicy
{
    /** Notices go out at the start of the working day, not at midnight. */
    private static final LocalTime NOTICE_TIME = LocalTime.of(9, 0);
    /** How far back a conference can be challenged, and how far ahead the next one can be set. */
    private static final int MAX_DATE_AGE_DAYS = 366;
    /** A line manager is consulted about this challenge, so not months before the conference or the raising. */
    private static final int CONSULTATION_WINDOW_MONTHS = 3;
    /** The family is told at the meeting the chair holds with them before a conference starts. */
    private static final int PRE_CONFERENCE_MEETING_DAYS = 7;

    private final PartnershipSettings settings;
    private final WorkingDayCalendar calendar;
    private final CinStepDownCheck cinStepDownCheck;

    public EscalationPolicy(PartnershipSettings settings, WorkingDayCalendar calendar)
    {
        this.settings = settings;
        this.calendar = calendar;
        this.cinStepDownCheck = new CinStepDownCheck(settings, calendar);
    }

    public PartnershipSettings settings()
    {
        return settings;
    }

    public WorkingDayCalendar calendar()
    {
        return calendar;
    }

    public CinStepDownCheck cinStepDownCheck()
    {
        return cinStepDownCheck;
    }

    /**
     * Raises a challenge. A professional difference starts at Stage 1; a conference chair may start at Stage 2 or 3
     * only after consulting their own line manager; nothing starts at Stage 4.
     */
    public Challenge open(ChallengeStart start, Instant now)
    {
        LocalDate today = today(now);
        ChallengeKind kind = start.kind() == null
                ? fail("challengeKind", "is required")
                : ChallengeKind.fromCode("challengeKind", start.kind());
        String raisedBy = PlainText.required("raisedBy", start.raisedBy(), PlainText.SHORT);
        String caseFolder = PlainText.required("caseFolder", start.caseFolder(), PlainText.SHORT);
        // A conference challenge comes from the chairs' own agency unless another is named.
        Object raisingCode = start.raisingAgency() == null && kind == ChallengeKind.CONFERENCE_CHALLENGE
                ? settings.chairAgency() : start.raisingAgency();
        Agency raising = settings.agencies().agency("raisingAgency", raisingCode);
        Agency responding = settings.agencies().agency("respondingAgency", start.respondingAgency());
        if (raising.code().equals(responding.code()))
        {
            fail("respondingAgency", "must differ from the raising agency; a practice challenge is between agencies");
        }
        IssueCategory category = start.issueCategory() == null
                ? fail("issueCategory", "is required")
                : IssueCategory.fromCode("issueCategory", start.issueCategory());
        if (!category.appliesTo(kind))
        {
            fail("issueCategory", "'" + category.code() + "' is not a category of a " + kind.code());
        }
        String categoryDescription = PlainText.optional("issueCategoryDescription", start.issueCategoryDescription(), PlainText.SUMMARY);
        if (category.needsDescription() && categoryDescription == null)
        {
            fail("issueCategoryDescription", "is required when the category is 'other'");
        }
        String summary = PlainText.required("issueSummary", start.issueSummary(), PlainText.SUMMARY);
        boolean consulted = Boolean.TRUE.equals(start.lineManagerConsulted());
        boolean immediateWelfare = Boolean.TRUE.equals(start.immediateWelfareConcern());
        Stage startStage = startStage(kind, start.startStage(), consulted);
        if (immediateWelfare && kind != ChallengeKind.PROFESSIONAL_DIFFERENCE)
        {
            fail("immediateWelfareConcern", "applies to professional differences; a chair escalates straight to Stage 2 or 3 instead");
        }
        LocalDate consultedDate = start.lineManagerConsultedDate();
        if (consultedDate != null)
        {
            consultation(consultedDate, start.conferenceDate(), today);
        }

        Challenge.Builder challenge = Challenge.builder()
                .kind(kind)
                .caseFolder(caseFolder)
                .startStage(startStage)
                .stage(startStage)
                .status(ChallengeStatus.OPEN)
                .raisingAgency(raising.code())
                .respondingAgency(responding.code())
                .challengedPractitioner(PlainText.optional("challengedPractitioner", start.challengedPractitioner(), PlainText.SHORT))
                .issueCategory(category)
                .issueCategoryDescription(categoryDescription)
                .issueSummary(summary)
                .immediateWelfareConcern(immediateWelfare)
                .lineManagerConsulted(consulted)
                .lineManagerName(PlainText.optional("lineManagerName", start.lineManagerName(), PlainText.SHORT))
                .lineManagerConsultedDate(consultedDate)
                .raisedBy(raisedBy)
                .raisedAt(now)
                .stageStartedAt(now)
                .deadline(deadline(kind, startStage, immediateWelfare, now));
        conferenceDates(challenge, kind, category, start, today);
        return challenge.build();
    }

    private Stage startStage(ChallengeKind kind, Object requested, boolean consulted)
    {
        Stage stage = requested == null ? Stage.STAGE_1 : Stage.ofNumber("startStage", number("startStage", requested));
        if (stage == Stage.STAGE_1)
        {
            return stage;
        }
        if (kind == ChallengeKind.PROFESSIONAL_DIFFERENCE)
        {
            fail("startStage", "a professional difference starts at Stage 1 and escalates one stage at a time");
        }
        if (stage == Stage.STAGE_4)
        {
            fail("startStage", "a challenge cannot start at Stage 4; it is reached only by escalation from Stage 3");
        }
        if (!consulted)
        {
            fail("lineManagerConsulted", "a chair may start at Stage " + stage.number()
                    + " only after consulting their own line manager");
        }
        return stage;
    }

    private static void consultation(LocalDate consulted, LocalDate conference, LocalDate today)
    {
        notInFuture("lineManagerConsultedDate", consulted, today);
        LocalDate from = conference != null && conference.isBefore(today) ? conference : today;
        if (consulted.isBefore(from.minusMonths(CONSULTATION_WINDOW_MONTHS)))
        {
            fail("lineManagerConsultedDate", "must not be more than " + CONSULTATION_WINDOW_MONTHS + " months before "
                    + (from == conference ? "the conference date" : "the challenge is raised"));
        }
    }

    private void conferenceDates(Challenge.Builder challenge, ChallengeKind kind, IssueCategory category,
            ChallengeStart start, LocalDate today)
    {
        LocalDate conference = start.conferenceDate();
        if (conference == null)
        {
            if (kind == ChallengeKind.CONFERENCE_CHALLENGE)
            {
                fail("conferenceDate", "is required for a conference challenge");
            }
            return;
        }
        notInFuture("conferenceDate", conference, today);
        // A CiN step-down challenge arises at the six-week check, which may itself wait a while for the chair.
        LocalDate issueArose = conference;
        boolean checkCouldBeRecent = !conference.isBefore(today.minusDays(MAX_DATE_AGE_DAYS + 7L * settings.cinCheckWeeks()));
        if (category == IssueCategory.CIN_STEP_DOWN_NOT_EVIDENCED && checkCouldBeRecent)
        {
            issueArose = min(today, cinStepDownCheck.checkDate(conference));
        }
        if (issueArose.isBefore(today.minusDays(MAX_DATE_AGE_DAYS)))
        {
            fail("conferenceDate", "must not be more than a year ago");
        }
        LocalDate next = start.nextConferenceDate();
        if (next != null && !next.isAfter(conference))
        {
            fail("nextConferenceDate", "must be after the conference date");
        }
        if (next != null && next.isAfter(today.plusDays(MAX_DATE_AGE_DAYS)))
        {
            fail("nextConferenceDate", "must not be more than a year ahead");
        }
        challenge.conferenceDate(conference).nextConferenceDate(next);
        if (kind == ChallengeKind.CONFERENCE_CHALLENGE)
        {
            LocalDate formDue = calendar.addWorkingDays(issueArose, settings.timescales().conferenceForm());
            challenge.formDueDate(formDue).raisedLate(today.isAfter(formDue));
        }
    }

    /** The raising side's decision at the end of Stages 1-4. */
    public Challenge decide(Challenge challenge, Object outcomeCode, Object withdrawalReason, Discussion discussion, Instant now)
    {
        stillOpen(challenge);
        if (!challenge.stage().isAgencyStage())
        {
            fail("stageOutcome", "the Practice Review Group concludes with a referral outcome, not a stage outcome");
        }
        if (outcomeCode == null)
        {
            fail("stageOutcome", "is required: resolved, escalate or withdrawn");
        }
        StageOutcome outcome = StageOutcome.fromCode("stageOutcome", outcomeCode);
        if (outcome == StageOutcome.ESCALATE)
        {
            Stage next = challenge.stage().next().orElseThrow();
            return challenge.toBuilder()
                    .stage(next)
                    .stageStartedAt(now)
                    .deadline(deadline(challenge.kind(), next, challenge.immediateWelfareConcern(), now))
                    .overdue(false)
                    .build();
        }
        return close(challenge, outcome, withdrawalReason, discussion, now);
    }

    /** The Practice Review Group's conclusion: there is nothing above it. */
    public Challenge concludeReferral(Challenge challenge, Object outcomeCode, Object withdrawalReason, Discussion discussion, Instant now)
    {
        stillOpen(challenge);
        if (challenge.stage() != Stage.PRACTICE_REVIEW_GROUP)
        {
            fail("referralOutcome", "the challenge is at " + challenge.stage().code() + ", not with the Practice Review Group");
        }
        if (outcomeCode == null)
        {
            fail("referralOutcome", "is required: resolved or withdrawn");
        }
        ReferralOutcome outcome = ReferralOutcome.fromCode("referralOutcome", outcomeCode);
        return close(challenge, outcome.asStageOutcome(), withdrawalReason, discussion, now);
    }

    private Challenge close(Challenge challenge, StageOutcome outcome, Object withdrawalReason, Discussion discussion, Instant now)
    {
        String reason = null;
        if (outcome == StageOutcome.WITHDRAWN)
        {
            reason = PlainText.required("withdrawalReason", withdrawalReason, PlainText.SUMMARY);
        }
        return challenge.toBuilder()
                .status(outcome == StageOutcome.RESOLVED ? ChallengeStatus.RESOLVED : ChallengeStatus.WITHDRAWN)
                .outcome(outcome)
                .outcomeSummary(discussion.outcomeSummary())
                .withdrawalReason(reason)
                .closedAt(now)
                .build();
    }

    /** The responding side has not answered in time; the stage stays where it is. */
    public Challenge markOverdue(Challenge challenge)
    {
        stillOpen(challenge);
        return challenge.toBuilder().overdue(true).build();
    }

    /** The chair told the family at the meeting before the conference; a fact, recorded even after closure. */
    public Challenge recordFamilyInformed(Challenge challenge, LocalDate date, Instant now)
    {
        if (challenge.kind() != ChallengeKind.CONFERENCE_CHALLENGE)
        {
            fail("familyInformedDate", "only conference challenges record that the family was told");
        }
        if (date == null)
        {
            fail("familyInformedDate", "is required");
        }
        notInFuture("familyInformedDate", date, today(now));
        LocalDate meetingFrom = challenge.conferenceDate() != null
                ? challenge.conferenceDate().minusDays(PRE_CONFERENCE_MEETING_DAYS)
                : challenge.raisedAt().atZone(settings.zone()).toLocalDate();
        if (date.isBefore(meetingFrom))
        {
            fail("familyInformedDate", challenge.conferenceDate() != null
                    ? "must not be more than " + PRE_CONFERENCE_MEETING_DAYS + " days before the conference date"
                    : "must not be before the challenge was raised");
        }
        return challenge.toBuilder().familyInformedDate(date).build();
    }

    /** Due date, reminder and overdue moments for a stage that starts at {@code stageStart}. */
    public StageDeadline deadline(ChallengeKind kind, Stage stage, boolean immediateWelfare, Instant stageStart)
    {
        LocalDate started = stageStart.atZone(settings.zone()).toLocalDate();
        return dueOn(calendar.addWorkingDays(started, settings.timescales().response(kind, stage, immediateWelfare)), stageStart);
    }

    /**
     * Due date, reminder and overdue moments for a task that waits on a person and opens at {@code opening}: a
     * response or referral follows the stage's clock; a decision and the family-told record have their own. A CiN
     * check has no challenge ({@code null}).
     */
    public StageDeadline taskDeadline(WaitingTask task, Challenge challenge, Instant opening)
    {
        LocalDate opened = today(opening);
        return switch (task)
        {
            case RESPONSE, REFERRAL -> challenge.deadline();
            case DECISION -> dueOn(calendar.addWorkingDays(opened,
                    settings.timescales().decision(challenge.kind(), challenge.stage())), opening);
            case FAMILY_INFORMED -> dueOn(familyInformedDue(challenge, opened), opening);
            case CIN_EVIDENCE_CHECK -> dueOn(calendar.addWorkingDays(opened, settings.timescales().cinEvidenceCheck()), opening);
        };
    }

    /** The chair tells the family at the meeting before the next conference: by the working day before it, if known. */
    private LocalDate familyInformedDue(Challenge challenge, LocalDate opened)
    {
        LocalDate beforeConference = challenge.nextConferenceDate() == null ? null
                : calendar.subtractWorkingDays(challenge.nextConferenceDate(), new WorkingDays(1));
        return beforeConference != null && beforeConference.isAfter(opened) ? beforeConference
                : calendar.addWorkingDays(opened, settings.timescales().familyInformed());
    }

    /**
     * The reminder goes the configured lead before the due date, on a working day after the task opened; when the
     * lead reaches back to the opening day or before it (a one-day timescale), it goes on the morning of the due day
     * instead, never at or before the opening. The overdue notice goes the working day after the due date.
     */
    private StageDeadline dueOn(LocalDate due, Instant opening)
    {
        LocalDate remindOn = calendar.subtractWorkingDays(due, settings.timescales().reminderLead());
        if (!remindOn.isAfter(today(opening)))
        {
            remindOn = due;
        }
        Instant remindAt = at(remindOn);
        if (!remindAt.isAfter(opening))
        {
            // Only a task opened on its own due day gets here; its overdue notice is the first it hears.
            remindAt = at(calendar.addWorkingDays(due, new WorkingDays(1)));
        }
        Instant overdueAt = at(calendar.addWorkingDays(due, new WorkingDays(1)));
        return new StageDeadline(due, remindAt, overdueAt);
    }

    public LocalDate today(Instant now)
    {
        return now.atZone(settings.zone()).toLocalDate();
    }

    private Instant at(LocalDate day)
    {
        return ZonedDateTime.of(day, NOTICE_TIME, settings.zone()).toInstant();
    }

    private static void stillOpen(Challenge challenge)
    {
        if (challenge.isClosed())
        {
            fail(ProtocolViolation.CHALLENGE, "This challenge is closed (" + challenge.status().code()
                    + "); a closed challenge never reopens, so nothing was recorded");
        }
    }

    static void notInFuture(String field, LocalDate date, LocalDate today)
    {
        if (date.isAfter(today))
        {
            fail(field, "must not be in the future");
        }
    }

    private static int number(String field, Object value)
    {
        if (value instanceof Number number && number.doubleValue() == number.intValue())
        {
            return number.intValue();
        }
        if (value instanceof String text && text.strip().matches("\\d{1,2}"))
        {
            return Integer.parseInt(text.strip());
        }
        return fail(field, Stage.RANGE);
    }

    private static LocalDate min(LocalDate a, LocalDate b)
    {
        return a.isBefore(b) ? a : b;
    }

    static <T> T fail(String field, String rule)
    {
        throw new ProtocolViolation(field, rule);
    }
}
