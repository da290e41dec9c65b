package org.practicechallenge.workflow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practicechallenge.workflow.ChallengeVariablesFixture.*;

import org.activiti.engine.ActivitiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a refusal looks like to Alfresco's public REST API, which picks the HTTP status from the class of the exception
 * the engine throws, walking up its superclasses ({@code SimpleMappingExceptionResolver}, mappings in remote-api's
 * public-rest-context.xml): {@code java.lang.IllegalArgumentException} is 400, anything else unmapped is 500, and
 * Activiti's {@code ActivitiIllegalArgumentException} is not an {@code IllegalArgumentException}.
 */
class RefusalStatusTest
{
    private static PracticeChallengeEngine engine;

    @BeforeAll
    static void startEngine()
    {
        engine = PracticeChallengeEngine.builder().startingAt(PracticeChallengeEngine.MONDAY_24_AUGUST_2026).build();
    }

    @AfterAll
    static void stopEngine()
    {
        engine.close();
    }

    @Test
    void aRefusedStartReachesTheRestApiAsABadRequest()
    {
        assertThatThrownBy(() -> engine.startChallenge("someone", with(professionalDifference(), "pcwf_respondingAgency", "health")))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(ActivitiException.class)
                .hasMessage("Responding agency: must differ from the raising agency; a practice challenge is between agencies")
                .hasFieldOrPropertyWithValue("variable", "pcwf_respondingAgency");
    }
}
