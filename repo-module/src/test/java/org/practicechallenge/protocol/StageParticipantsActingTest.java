package org.practicechallenge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Who may act on a challenge: the rule itself, without the engine. */
class StageParticipantsActingTest
{
    private static final AgencyDirectory AGENCIES = ProtocolFixture.policy().settings().agencies();
    private static final StageParticipants PARTICIPANTS = new StageParticipants(AGENCIES);

    private static Challenge atStage(Stage stage)
    {
        return Challenge.builder().kind(ChallengeKind.PROFESSIONAL_DIFFERENCE).status(ChallengeStatus.OPEN).stage(stage).raisingAgency("health").respondingAgency("police").raisedBy("nurse1").build();
    }

    @Test
    void aRaiserInAnyOfTheAgencysStageGroupsMayRaiseForIt()
    {
        ActingPerson seniorNurse = new ActingPerson("nurse2", false, Set.of("GROUP_PC_HEALTH_SENIOR_MANAGERS"));

        assertThat(PARTICIPANTS.raisingAuthor(seniorNurse, "nurse2", "health")).isEqualTo("nurse2");
        assertThatThrownBy(() -> PARTICIPANTS.raisingAuthor(seniorNurse, "nurse2", "police"))
                .isInstanceOf(ProtocolViolation.class)
                .hasMessage("raisingAgency: you are not in any of Police's groups, so you cannot raise a challenge for Police");
    }

    @Test
    void anAdministratorOutsideTheAgencyRaisesActingForIt()
    {
        ActingPerson admin = new ActingPerson("admin", true, Set.of());

        assertThat(PARTICIPANTS.raisingAuthor(admin, "admin", "police")).isEqualTo("admin (administrator, acting for Police)");
    }

    @Test
    void onlyAnAdministratorMayNameSomeoneElseAsRaiserAndIsRecordedActingForThem()
    {
        ActingPerson admin = new ActingPerson("admin", true, Set.of());
        ActingPerson nurse = new ActingPerson("nurse1", false, Set.of("GROUP_PC_HEALTH_PRACTITIONERS"));

        assertThat(PARTICIPANTS.raiser(admin, "chair1")).isEqualTo("chair1");
        assertThat(PARTICIPANTS.raisingAuthor(admin, "chair1", "safeguardingUnit")).isEqualTo("admin (administrator, acting for chair1)");
        assertThat(PARTICIPANTS.raiser(nurse, "nurse1")).isEqualTo("nurse1");
        assertThatThrownBy(() -> PARTICIPANTS.raiser(nurse, "chair1")).hasMessage(
                "raisedBy: a challenge is raised by the person signed in: you are signed in as nurse1, so you cannot raise it in the name of chair1");
    }

    @Test
    void atStageFourThePartnershipMayAnswerButTheRaiserMayNot()
    {
        ActingPerson partnership = new ActingPerson("chairOfPartnership", false, Set.of("GROUP_PC_PARTNERSHIP"));
        ActingPerson raiser = new ActingPerson("nurse1", false, Set.of("GROUP_PC_HEALTH_PRACTITIONERS"));
        TaskSide answering = PARTICIPANTS.responding(atStage(Stage.STAGE_4));

        assertThat(PARTICIPANTS.author(partnership, answering, null, "Stage 4 response")).isEqualTo("chairOfPartnership");
        assertThatThrownBy(() -> PARTICIPANTS.author(raiser, answering, null, "Stage 4 response"))
                .hasMessage("task: only the people named for Police at Stage 4, or an administrator, can complete "
                        + "'Stage 4 response'; you are signed in as nurse1, who is neither");
    }

    @Test
    void theRaiserMayDecideAtEveryStageButTheirColleaguesOnlyAtTheirOwn()
    {
        ActingPerson raiser = new ActingPerson("nurse1", false, Set.of("GROUP_PC_HEALTH_PRACTITIONERS"));
        ActingPerson colleague = new ActingPerson("nurse3", false, Set.of("GROUP_PC_HEALTH_PRACTITIONERS"));
        TaskSide deciding = PARTICIPANTS.deciding(atStage(Stage.STAGE_3));

        assertThat(PARTICIPANTS.author(raiser, deciding, null, "Stage 3 decision")).isEqualTo("nurse1");
        assertThatThrownBy(() -> PARTICIPANTS.author(colleague, deciding, null, "Stage 3 decision"))
                .hasMessageContaining("only the person who raised the challenge or the people named for Health at Stage 3");
    }

    @Test
    void onlyThePracticeReviewGroupConcludesAReferral()
    {
        TaskSide group = PARTICIPANTS.responding(atStage(Stage.PRACTICE_REVIEW_GROUP));
        ActingPerson member = new ActingPerson("prg1", false, Set.of("GROUP_PC_PRACTICE_REVIEW_GROUP"));
        ActingPerson director = new ActingPerson("director1", false, Set.of("GROUP_PC_POLICE_DIRECTOR"));

        assertThat(PARTICIPANTS.author(member, group, "prg1", "Practice Review Group")).isEqualTo("prg1");
        assertThatThrownBy(() -> PARTICIPANTS.author(director, group, null, "Practice Review Group"))
                .hasMessage("task: only members of the Practice Review Group, or an administrator, can complete "
                        + "'Practice Review Group'; you are signed in as director1, who is neither");
    }
}
