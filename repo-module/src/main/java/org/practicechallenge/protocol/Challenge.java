package org.practicechallenge.protocol;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where one practice challenge stands: what it is about, who raised it against whom, which stage it has reached
 * and how it ended. Immutable; {@link EscalationPolicy} produces each next state.
 */
public final class Challenge
{
    private final String ref;
    private final String caseFolder;
    private final ChallengeKind kind;
    private final Stage startStage;
    private final Stage stage;
    private final ChallengeStatus status;
    private final StageOutcome outcome;
    private final String outcomeSummary;
    private final String withdrawalReason;
    private final String raisingAgency;
    private final String respondingAgency;
    private final String challengedPractitioner;
    private final IssueCategory issueCategory;
    private final String issueCategoryDescription;
    private final String issueSummary;
    private final boolean immediateWelfareConcern;
    private final boolean lineManagerConsulted;
    private final String lineManagerName;
    private final LocalDate lineManagerConsultedDate;
    private final String raisedBy;
    private final Instant raisedAt;
    private final LocalDate conferenceDate;
    private final LocalDate nextConferenceDate;
    private final LocalDate formDueDate;
    private final boolean raisedLate;
    private final Instant stageStartedAt;
    private final StageDeadline deadline;
    private final boolean overdue;
    private final LocalDate familyInformedDate;
    private final Instant closedAt;

    private Challenge(Builder b)
    {
        ref = b.ref;
        caseFolder = b.caseFolder;
        kind = b.kind;
        startStage = b.startStage;
        stage = b.stage;
        status = b.status;
        outcome = b.outcome;
        outcomeSummary = b.outcomeSummary;
        withdrawalReason = b.withdrawalReason;
        raisingAgency = b.raisingAgency;
        respondingAgency = b.respondingAgency;
        challengedPractitioner = b.challengedPractitioner;
        issueCategory = b.issueCategory;
        issueCategoryDescription = b.issueCategoryDescription;
        issueSummary = b.issueSummary;
        immediateWelfareConcern = b.immediateWelfareConcern;
        lineManagerConsulted = b.lineManagerConsulted;
        lineManagerName = b.lineManagerName;
        lineManagerConsultedDate = b.lineManagerConsultedDate;
        raisedBy = b.raisedBy;
        raisedAt = b.raisedAt;
        conferenceDate = b.conferenceDate;
        nextConferenceDate = b.nextConferenceDate;
        formDueDate = b.formDueDate;
        raisedLate = b.raisedLate;
        stageStartedAt = b.stageStartedAt;
        deadline = b.deadline;
        overdue = b.overdue;
        familyInformedDate = b.familyInformedDate;
        closedAt = b.closedAt;
    }

    public static Builder builder()
    {
        return new Builder();
    }

    public Builder toBuilder()
    {
        Builder b = new Builder();
        b.ref = ref;
        b.caseFolder = caseFolder;
        b.kind = kind;
        b.startStage = startStage;
        b.stage = stage;
        b.status = status;
        b.outcome = outcome;
        b.outcomeSummary = outcomeSummary;
        b.withdrawalReason = withdrawalReason;
        b.raisingAgency = raisingAgency;
        b.respondingAgency = respondingAgency;
        b.challengedPractitioner = challengedPractitioner;
        b.issueCategory = issueCategory;
        b.issueCategoryDescription = issueCategoryDescription;
        b.issueSummary = issueSummary;
        b.immediateWelfareConcern = immediateWelfareConcern;
        b.lineManagerConsulted = lineManagerConsulted;
        b.lineManagerName = lineManagerName;
        b.lineManagerConsultedDate = lineManagerConsultedDate;
        b.raisedBy = raisedBy;
        b.raisedAt = raisedAt;
        b.conferenceDate = conferenceDate;
        b.nextConferenceDate = nextConferenceDate;
        b.formDueDate = formDueDate;
        b.raisedLate = raisedLate;
        b.stageStartedAt = stageStartedAt;
        b.deadline = deadline;
        b.overdue = overdue;
        b.familyInformedDate = familyInformedDate;
        b.closedAt = closedAt;
        return b;
    }

    public String ref() { return ref; }
    public String caseFolder() { return caseFolder; }
    public ChallengeKind kind() { return kind; }
    public Stage startStage() { return startStage; }
    public Stage stage() { return stage; }
    public ChallengeStatus status() { return status; }
    public StageOutcome outcome() { return outcome; }
    public String outcomeSummary() { return outcomeSummary; }
    public String withdrawalReason() { return withdrawalReason; }
    public String raisingAgency() { return raisingAgency; }
    public String respondingAgency() { return respondingAgency; }
    /** The user name of the responding agency's practitioner whose practice is challenged, when the raiser named one. */
    public String challengedPractitioner() { return challengedPractitioner; }
    public IssueCategory issueCategory() { return issueCategory; }
    public String issueCategoryDescription() { return issueCategoryDescription; }
    public String issueSummary() { return issueSummary; }
    public boolean immediateWelfareConcern() { return immediateWelfareConcern; }
    public boolean lineManagerConsulted() { return lineManagerConsulted; }
    public String lineManagerName() { return lineManagerName; }
    public LocalDate lineManagerConsultedDate() { return lineManagerConsultedDate; }
    public String raisedBy() { return raisedBy; }
    public Instant raisedAt() { return raisedAt; }
    public LocalDate conferenceDate() { return conferenceDate; }
    public LocalDate nextConferenceDate() { return nextConferenceDate; }
    public LocalDate formDueDate() { return formDueDate; }
    public boolean raisedLate() { return raisedLate; }
    public Instant stageStartedAt() { return stageStartedAt; }
    public StageDeadline deadline() { return deadline; }
    public boolean overdue() { return overdue; }
    public LocalDate familyInformedDate() { return familyInformedDate; }
    public Instant closedAt() { return closedAt; }

    public boolean isClosed()
    {
        return status.isClosed();
    }

    @Override
    public String toString()
    {
        return "Challenge[" + ref + " " + kind.code() + " " + stage.code() + " " + status.code() + "]";
    }

    /** Assembles a challenge; used by the policy and by adapters restoring one from storage. */
    public static final class Builder
    {
        private String ref;
        private String caseFolder;
        private ChallengeKind kind;
        private Stage startStage;
        private Stage stage;
        private ChallengeStatus status = ChallengeStatus.OPEN;
        private StageOutcome outcome;
        private String outcomeSummary;
        private String withdrawalReason;
        private String raisingAgency;
        private String respondingAgency;
        private String challengedPractitioner;
        private IssueCategory issueCategory;
        private String issueCategoryDescription;
        private String issueSummary;
        private boolean immediateWelfareConcern;
        private boolean lineManagerConsulted;
        private String lineManagerName;
        private LocalDate lineManagerConsultedDate;
        private String raisedBy;
        private Instant raisedAt;
        private LocalDate conferenceDate;
        private LocalDate nextConferenceDate;
        private LocalDate formDueDate;
        private boolean raisedLate;
        private Instant stageStartedAt;
        private StageDeadline deadline;
        private boolean overdue;
        private LocalDate familyInformedDate;
        private Instant closedAt;

        private Builder()
        {
        }

        public Builder ref(String v) { ref = v; return this; }
        public Builder caseFolder(String v) { caseFolder = v; return this; }
        public Builder kind(ChallengeKind v) { kind = v; return this; }
        public Builder startStage(Stage v) { startStage = v; return this; }
        public Builder stage(Stage v) { stage = v; return this; }
        public Builder status(ChallengeStatus v) { status = v; return this; }
        public Builder outcome(StageOutcome v) { outcome = v; return this; }
        public Builder outcomeSummary(String v) { outcomeSummary = v; return this; }
        public Builder withdrawalReason(String v) { withdrawalReason = v; return this; }
        public Builder raisingAgency(String v) { raisingAgency = v; return this; }
        public Builder respondingAgency(String v) { respondingAgency = v; return this; }
        public Builder challengedPractitioner(String v) { challengedPractitioner = v; return this; }
        public Builder issueCategory(IssueCategory v) { issueCategory = v; return this; }
        public Builder issueCategoryDescription(String v) { issueCategoryDescription = v; return this; }
        public Builder issueSummary(String v) { issueSummary = v; return this; }
        public Builder immediateWelfareConcern(boolean v) { immediateWelfareConcern = v; return this; }
        public Builder lineManagerConsulted(boolean v) { lineManagerConsulted = v; return this; }
        public Builder lineManagerName(String v) { lineManagerName = v; return this; }
        public Builder lineManagerConsultedDate(LocalDate v) { lineManagerConsultedDate = v; return this; }
        public Builder raisedBy(String v) { raisedBy = v; return this; }
        public Builder raisedAt(Instant v) { raisedAt = v; return this; }
        public Builder conferenceDate(LocalDate v) { conferenceDate = v; return this; }
        public Builder nextConferenceDate(LocalDate v) { nextConferenceDate = v; return this; }
        public Builder formDueDate(LocalDate v) { formDueDate = v; return this; }
        public Builder raisedLate(boolean v) { raisedLate = v; return this; }
        public Builder stageStartedAt(Instant v) { stageStartedAt = v; return this; }
        public Builder deadline(StageDeadline v) { deadline = v; return this; }
        public Builder overdue(boolean v) { overdue = v; return this; }
        public Builder familyInformedDate(LocalDate v) { familyInformedDate = v; return this; }
        public Builder closedAt(Instant v) { closedAt = v; return this; }

        public Challenge build()
        {
            if (kind == null || stage == null || status == null)
            {
                throw new IllegalStateException("a challenge has a kind, a stage and a status");
            }
            return new Challenge(this);
        }
    }
}
