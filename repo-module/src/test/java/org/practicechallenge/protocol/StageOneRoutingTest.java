package org.practicechallenge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Stage 1 is first between the practitioners, with their first line managers beside them: the response goes to the
 * practitioner the raiser named and the responding agency's first line managers, the decision to the raiser and their
 * own first line managers. A partnership may offer both to the whole Stage 1 groups instead.
 */
class StageOneRoutingTest
{
    private static final StageParticipants SHIPPED = new StageParticipants(ProtocolFixture.policy().settings().agencies());

    private static Challenge raisedByNurseAgainstPolice(String practitioner, Stage stage, boolean welfare)
    {
        return Challenge.builder().kind(ChallengeKind.PROFESSIONAL_DIFFERENCE).status(ChallengeStatus.OPEN).stage(stage)
                .raisingAgency("health").respondingAgency("police").raisedBy("nurse1")
                .challengedPractitioner(practitioner).immediateWelfareConcern(welfare).build();
    }

    private static StageParticipants configured(String routing)
    {
        Map<String, String> settings = ProtocolFixture.moduleSettings();
        settings.put("practicechallenge.routing.stage1", routing);
        return new StageParticipants(ProtocolFixture.policy(settings).settings().agencies());
    }

    @Test
    void stageOneResponseGoesToTheNamedPractitionerAndTheirFirstLineManagersOnly()
    {
        TaskSide answering = SHIPPED.responding(raisedByNurseAgainstPolice("pc.jones", Stage.STAGE_1, false));

        assertThat(answering.people()).containsExactly("pc.jones");
        assertThat(answering.groups()).containsExactly("GROUP_PC_POLICE_FIRST_LINE_MANAGERS");
        ActingPerson anotherOfficer = new ActingPerson("pc.smith", false, Set.of("GROUP_PC_POLICE_PRACTITIONERS"));
        assertThatThrownBy(() -> SHIPPED.author(anotherOfficer, answering, null, "Stage 1 response"))
                .hasMessageContaining("only pc.jones or Police's first line managers");
    }

    @Test
    void withNobodyNamedStageOneGoesToEveryoneInTheRespondingAgencysStageOneGroups()
    {
        TaskSide answering = SHIPPED.responding(raisedByNurseAgainstPolice(null, Stage.STAGE_1, false));

        assertThat(answering.people()).isEmpty();
        assertThat(answering.groups()).containsExactlyInAnyOrder("GROUP_PC_POLICE_PRACTITIONERS", "GROUP_PC_POLICE_FIRST_LINE_MANAGERS");
    }

    @Test
    void anImmediateWelfareConcernAlsoBringsInTheStageTwoPeople()
    {
        TaskSide answering = SHIPPED.responding(raisedByNurseAgainstPolice("pc.jones", Stage.STAGE_1, true));

        assertThat(answering.people()).containsExactly("pc.jones");
        assertThat(answering.groups()).containsExactlyInAnyOrder("GROUP_PC_POLICE_FIRST_LINE_MANAGERS",
                "GROUP_PC_POLICE_LINE_MANAGERS", "GROUP_PC_POLICE_SAFEGUARDING_LEADS");
    }

    @Test
    void stageOneDecisionGoesToTheRaiserAndTheirOwnFirstLineManagersNotTheirColleagues()
    {
        TaskSide deciding = SHIPPED.deciding(raisedByNurseAgainstPolice("pc.jones", Stage.STAGE_1, false));

        assertThat(deciding.people()).containsExactly("nurse1");
        assertThat(deciding.groups()).containsExactly("GROUP_PC_HEALTH_FIRST_LINE_MANAGERS");
        assertThat(SHIPPED.deciders(raisedByNurseAgainstPolice(null, Stage.STAGE_1, false)))
                .doesNotContain("GROUP_PC_HEALTH_PRACTITIONERS");
    }

    @Test
    void fromStageTwoTheNamedPractitionerNoLongerAnswersTheStagesPeopleDo()
    {
        TaskSide answering = SHIPPED.responding(raisedByNurseAgainstPolice("pc.jones", Stage.STAGE_2, false));
        TaskSide deciding = SHIPPED.deciding(raisedByNurseAgainstPolice("pc.jones", Stage.STAGE_2, false));

        assertThat(answering.people()).isEmpty();
        assertThat(answering.groups()).containsExactlyInAnyOrder("GROUP_PC_POLICE_LINE_MANAGERS", "GROUP_PC_POLICE_SAFEGUARDING_LEADS");
        assertThat(deciding.groups()).containsExactlyInAnyOrder("GROUP_PC_HEALTH_LINE_MANAGERS", "GROUP_PC_HEALTH_SAFEGUARDING_LEADS");
    }

    @Test
    void aPartnershipMayOfferStageOneToTheWholeStageOneGroups()
    {
        StageParticipants wholeGroups = configured("stageGroups");

        TaskSide answering = wholeGroups.responding(raisedByNurseAgainstPolice("pc.jones", Stage.STAGE_1, false));
        TaskSide deciding = wholeGroups.deciding(raisedByNurseAgainstPolice("pc.jones", Stage.STAGE_1, false));

        assertThat(answering.people()).isEmpty();
        assertThat(answering.groups()).contains("GROUP_PC_POLICE_PRACTITIONERS");
        assertThat(deciding.groups()).contains("GROUP_PC_HEALTH_PRACTITIONERS");
    }

    @Test
    void anUnknownRoutingIsRefusedNamingTheSetting()
    {
        assertThatThrownBy(() -> configured("everyone"))
                .isInstanceOf(ProtocolViolation.class)
                .hasMessage("practicechallenge.routing.stage1: 'everyone' is not one of: namedPeople, stageGroups");
    }

    @Test
    void noticesOfStageOneReachTheNamedPractitioner()
    {
        assertThat(SHIPPED.noticeRecipients(raisedByNurseAgainstPolice("pc.jones", Stage.STAGE_1, false)))
                .contains("pc.jones", "GROUP_PC_POLICE_FIRST_LINE_MANAGERS", "nurse1");
    }

    @Test
    void theNamedPractitionerMustWorkForTheRespondingAgency()
    {
        Challenge challenge = raisedByNurseAgainstPolice("sw.brown", Stage.STAGE_1, false);
        ActingPerson socialWorker = new ActingPerson("sw.brown", false, Set.of("GROUP_PC_SOCIALCARE_PRACTITIONERS"));

        assertThatThrownBy(() -> SHIPPED.checkChallengedPractitioner(challenge, socialWorker))
                .isInstanceOf(ProtocolViolation.class)
                .satisfies(e -> assertThat(((ProtocolViolation) e).field()).isEqualTo("challengedPractitioner"))
                .hasMessageContaining("sw.brown is not in any of Police's groups, so cannot answer for Police");
        ActingPerson officer = new ActingPerson("pc.jones", false, Set.of("GROUP_PC_POLICE_PRACTITIONERS"));
        SHIPPED.checkChallengedPractitioner(raisedByNurseAgainstPolice("pc.jones", Stage.STAGE_1, false), officer);
    }

    @Test
    void aRaiserCannotNameThemselvesAsThePractitionerChallenged()
    {
        Challenge challenge = raisedByNurseAgainstPolice("nurse1", Stage.STAGE_1, false);

        assertThatThrownBy(() -> SHIPPED.checkChallengedPractitioner(challenge,
                new ActingPerson("nurse1", false, Set.of("GROUP_PC_POLICE_PRACTITIONERS"))))
                .hasMessageContaining("you named yourself");
    }
}
