package org.practicechallenge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.practicechallenge.workflow.ChallengeVariablesFixture.*;

import java.util.List;
import java.util.Map;

import org.activiti.engine.impl.identity.Authentication;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.protocol.ProtocolViolation;

/**
 * Who acts (issue 10): the raiser is the person signed in and belongs to the raising agency; each task is completed
 * by its own side, or by an administrator recorded as acting for it; every entry names the person who acted.
 * Users and their groups are the harness's ({@link SignedInStandIn}): nurse1 is Health, sw1 Children's Social Care,
 * chair1 a conference chair, police1 in no group, admin an administrator.
 */
class WhoActsWorkflowTest
{
    private PracticeChallengeEngine engine;

    /** An engine each, since one test moves the clock six weeks on. */
    @BeforeEach
    void startEngine()
    {
        engine = PracticeChallengeEngine.builder().startingAt(PracticeChallengeEngine.MONDAY_24_AUGUST_2026).build();
    }

    @AfterEach
    void stopEngine()
    {
        engine.close();
    }

    @Test
    void aSuppliedRaiserIsRefused()
    {
        long processes = engine.history().createHistoricProcessInstanceQuery().count();
        int challenges = engine.caseRecord().challengeCount();

        Throwable refused = catchThrowable(() -> engine.startChallenge("nurse1",
                with(professionalDifference(), "pcwf_raisedBy", "director9")));

        assertRule(refused, "raisedBy",
                "a challenge is raised by the person signed in: you are signed in as nurse1, so you cannot raise it in the name of director9");
        assertThat(engine.history().createHistoricProcessInstanceQuery().count()).isEqualTo(processes);
        assertThat(engine.caseRecord().challengeCount()).isEqualTo(challenges);
    }

    @Test
    void theRaiserIsWhoeverIsSignedIn()
    {
        ProcessInstance process = engine.startChallenge("nurse1", with(professionalDifference(), "pcwf_raisedBy", "nurse1"));

        String ref = engine.challengeRef(process);
        assertThat(engine.caseRecord().challenge(ref).raisedBy()).isEqualTo("nurse1");
        assertThat(engine.caseRecord().entries(ref).get(0).author()).isEqualTo("nurse1");
    }

    @Test
    void theRaisingAgencyMustBeOneOfTheRaisersGroups()
    {
        long processes = engine.history().createHistoricProcessInstanceQuery().count();
        int challenges = engine.caseRecord().challengeCount();

        Throwable forPolice = catchThrowable(() -> engine.startChallenge("nurse1",
                with(professionalDifference(), "pcwf_raisingAgency", "police")));
        Throwable conferenceBySocialWorker = catchThrowable(() -> engine.startChallenge("sw1",
                with(conferenceChallenge(1, false), "pcwf_raisingAgency", null)));

        assertRule(forPolice, "raisingAgency", "you are not in any of Police's groups, so you cannot raise a challenge for Police");
        assertRule(conferenceBySocialWorker, "raisingAgency",
                "you are not in any of Safeguarding Unit's groups, so you cannot raise a challenge for Safeguarding Unit");
        assertThat(engine.history().createHistoricProcessInstanceQuery().count()).isEqualTo(processes);
        assertThat(engine.caseRecord().challengeCount()).isEqualTo(challenges);
    }

    @Test
    void theInitiatorCannotAnswerTheOtherAgencysStageOneResponse()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        String ref = engine.challengeRef(process);
        List<CaseRecordEntry> before = engine.caseRecord().entries(ref);

        Throwable refused = catchThrowable(() -> engine.complete(engine.task(process, "stage1Response"), "nurse1",
                discussion("Answered by the raiser")));

        assertRule(refused, "task", "only the people named for Children's Social Care at Stage 1, or an administrator, "
                + "can complete 'Stage 1 response'; you are signed in as nurse1, who is neither");
        assertThat(engine.caseRecord().entries(ref)).isEqualTo(before);
        assertThat(engine.task(process, "stage1Response")).as("still open").isNotNull();
        assertThat(engine.task(process, "stage1Decision")).isNull();
    }

    @Test
    void theRespondingAgencyCannotTakeTheRaisingSidesDecision()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        engine.complete(engine.task(process, "stage1Response"), "sw1", discussion("Reviewed"));
        String ref = engine.challengeRef(process);
        List<CaseRecordEntry> before = engine.caseRecord().entries(ref);

        Throwable refused = catchThrowable(() -> engine.complete(engine.task(process, "stage1Decision"), "sw1",
                with(discussion("Closed by us"), "pcwf_stageOutcome", "resolved")));

        assertRule(refused, "task", "only the person who raised the challenge or Health's first line managers, "
                + "or an administrator, can complete 'Stage 1 decision'; you are signed in as sw1, who is neither");
        assertThat(engine.caseRecord().entries(ref)).isEqualTo(before);
        assertThat(engine.caseRecord().challenge(ref).status().code()).isEqualTo("open");
    }

    @Test
    void anAdministratorCompletingTheChairsTaskIsRecordedAsTheAdministratorActingForTheChair()
    {
        ProcessInstance process = engine.startChallenge("chair1", conferenceChallenge(1, false));
        String ref = engine.challengeRef(process);

        engine.complete(engine.task(process, "familyInformed"), "admin", Map.of("pcwf_familyInformedDate", "2026-08-24"));

        CaseRecordEntry told = only(ref, EntryKind.FAMILY_INFORMED);
        assertThat(told.author()).isEqualTo("admin (administrator, acting for chair1)");
        assertThat(told.agency()).isEqualTo("safeguardingUnit");
        assertThat(told.facts()).as("facts stay the chair's own words, untouched").isNull();
    }

    @Test
    void anAdministratorCompletingTheChairsCinCheckRaisesTheChallengeForTheChair()
    {
        String caseFolder = "workspace://SpacesStore/case-cin-admin";
        ProcessInstance check = engine.startCinStepDownCheck("chair1", Map.of("pcwf_conferenceDate", "2026-08-24",
                "pcwf_caseFolder", caseFolder, "pcwf_raisingAgency", "safeguardingUnit", "pcwf_respondingAgency", "socialCare"));
        engine.advanceTo(java.time.Instant.parse("2026-10-05T08:00:00Z"));

        engine.complete(engine.task(check, "cinEvidenceCheck"), "admin", Map.of("pcwf_cinOutcome", "notEvidenced",
                "pcwf_facts", "No CiN meeting recorded and no CiN plan on the case file."));

        assertThat(engine.caseRecord().caseEntries(caseFolder)).extracting(CaseRecordEntry::author)
                .containsExactly("admin (administrator, acting for chair1)");
        var raised = engine.caseRecord().challengesIn(caseFolder);
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).raisedBy()).as("the chair's challenge, whose family-told task is theirs").isEqualTo("chair1");
        assertThat(engine.caseRecord().entries(raised.get(0).ref()).get(0).author()).isEqualTo("admin (administrator, acting for chair1)");
    }

    @Test
    void someoneOtherThanTheChairOrAnAdministratorCannotTellTheFamily()
    {
        ProcessInstance process = engine.startChallenge("chair1", conferenceChallenge(1, false));
        String ref = engine.challengeRef(process);
        List<CaseRecordEntry> before = engine.caseRecord().entries(ref);

        Throwable refused = catchThrowable(() -> engine.complete(engine.task(process, "familyInformed"), "police1",
                Map.of("pcwf_familyInformedDate", "2026-08-24")));

        assertRule(refused, "task", "only chair1, to whom it is assigned, or an administrator, can complete 'Family told'; "
                + "you are signed in as police1, who is neither");
        assertThat(engine.caseRecord().entries(ref)).isEqualTo(before);
        assertThat(engine.caseRecord().challenge(ref).familyInformedDate()).isNull();
    }

    @Test
    void anAdministratorAnsweringForAnAgencyIsRecordedActingForIt()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        String ref = engine.challengeRef(process);

        engine.complete(engine.task(process, "stage1Response"), "admin", discussion("Answered while the team was away"));

        CaseRecordEntry response = only(ref, EntryKind.RESPONSE);
        assertThat(response.author()).isEqualTo("admin (administrator, acting for Children's Social Care)");
        assertThat(response.agency()).isEqualTo("socialCare");
    }

    @Test
    void theAuthorIsTheSignedInPersonNotALeftOverEngineUser()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        String ref = engine.challengeRef(process);
        Task response = engine.task(process, "stage1Response");

        // As through the REST API: nobody has claimed the task; the engine's thread-local user is left over from an
        // earlier request on this thread.
        Authentication.setAuthenticatedUserId("director9");
        engine.signedIn().signIn("sw1");
        try
        {
            engine.tasks().complete(response.getId(), discussion("Reviewed"));
        }
        finally
        {
            engine.signOut();
        }

        assertThat(only(ref, EntryKind.RESPONSE).author()).isEqualTo("sw1");
    }

    @Test
    void nobodySignedInCompletesNothingWhateverTheEngineRemembers()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        String ref = engine.challengeRef(process);
        Task response = engine.task(process, "stage1Response");
        List<CaseRecordEntry> before = engine.caseRecord().entries(ref);

        Authentication.setAuthenticatedUserId("sw1");
        Throwable refused;
        try
        {
            refused = catchThrowable(() -> engine.tasks().complete(response.getId(), discussion("Reviewed")));
        }
        finally
        {
            Authentication.setAuthenticatedUserId(null);
        }

        assertRule(refused, "author", "nobody is signed in, so 'Stage 1 response' cannot be completed; sign in and try again");
        assertThat(engine.caseRecord().entries(ref)).isEqualTo(before);
        assertThat(engine.task(process, "stage1Response")).isNotNull();
    }

    /** The protocol's refusal inside whatever the engine wrapped it in: its field and its exact words. */
    private static void assertRule(Throwable thrown, String field, String rule)
    {
        assertThat(thrown).as("refused").isNotNull();
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof ChallengeRejected))
        {
            cause = cause.getCause();
        }
        assertThat(cause).as("a protocol refusal in " + thrown).isInstanceOf(ChallengeRejected.class);
        ProtocolViolation violation = ((ChallengeRejected) cause).violation();
        assertThat(violation.field()).isEqualTo(field);
        assertThat(violation.rule()).isEqualTo(rule);
        assertThat(thrown.getMessage()).endsWith(rule);
    }

    private CaseRecordEntry only(String ref, EntryKind kind)
    {
        List<CaseRecordEntry> entries = engine.caseRecord().entries(ref).stream().filter(e -> e.kind() == kind).toList();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }
}
