package org.practicechallenge.repo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.practicechallenge.repo.workflow.ScheduledCinChecks.ScheduledCheck;

/** A conference chair's six-week Child in Need checks still waiting for their timer, as Alfresco's workflows answer. */
class ScheduledCinChecksTest
{
    private static final Instant NOW = Instant.parse("2026-10-13T11:00:00Z");
    private static final String CHECK = "pcCinStepDownCheck";

    private final WorkflowsAsAlfrescoAnswers workflows = new WorkflowsAsAlfrescoAnswers();
    private final ScheduledCinChecks checks = new ScheduledCinChecks(workflows);

    private static Map<String, Object> check(String chair, String caseFolder, String checkAt)
    {
        return Map.of("pcwf_chair", chair, "pcwf_caseFolder", caseFolder, "pcwf_cinCheckDate",
                Date.from(Instant.parse(checkAt)), "pcwf_conferenceDate", Date.from(Instant.parse("2026-09-30T23:00:00Z")));
    }

    @Test
    void aChairSeesHerChecksWaitingForTheirTimerSoonestFirst()
    {
        workflows.process("101", CHECK, true, check("cara.chair", "workspace://SpacesStore/case-B", "2026-11-24T09:00:00Z"))
                .process("102", CHECK, true, check("cara.chair", "workspace://SpacesStore/case-A", "2026-11-12T09:00:00Z"));

        assertThat(checks.chairedBy("cara.chair", NOW)).containsExactly(
                new ScheduledCheck("activiti$102", "workspace://SpacesStore/case-A", Instant.parse("2026-11-12T09:00:00Z")),
                new ScheduledCheck("activiti$101", "workspace://SpacesStore/case-B", Instant.parse("2026-11-24T09:00:00Z")));
    }

    @Test
    void anotherChairsChecksAreNotHers()
    {
        workflows.process("103", CHECK, true, check("colin.chair", "workspace://SpacesStore/case-C", "2026-11-24T09:00:00Z"));

        assertThat(checks.chairedBy("cara.chair", NOW)).isEmpty();
    }

    @Test
    void aCheckWhoseTimerHasFiredIsAChairsTaskNowAndNotListed()
    {
        workflows.process("104", CHECK, true, check("cara.chair", "workspace://SpacesStore/case-D", "2026-10-12T08:00:00Z"));

        assertThat(checks.chairedBy("cara.chair", NOW)).isEmpty();
    }

    @Test
    void aFinishedCheckIsNotListed()
    {
        workflows.process("105", CHECK, false, check("cara.chair", "workspace://SpacesStore/case-E", "2026-11-24T09:00:00Z"));

        assertThat(checks.chairedBy("cara.chair", NOW)).isEmpty();
    }

    @Test
    void anotherProcessCarryingTheSameVariablesIsNotACheck()
    {
        workflows.process("106", "pcPracticeChallenge", true,
                check("cara.chair", "workspace://SpacesStore/case-F", "2026-11-24T09:00:00Z"));

        assertThat(checks.chairedBy("cara.chair", NOW)).isEmpty();
    }

    @Test
    void asksAlfrescoForRunningActivitiWorkflowsByChairAndACheckDateFromNow()
    {
        checks.chairedBy("cara.chair", NOW);

        assertThat(workflows.asked).singleElement().satisfies(query ->
        {
            assertThat(query.getActive()).isTrue();
            assertThat(query.getEngineId()).isEqualTo("activiti");
            assertThat(query.getCustomProps()).containsEntry(ScheduledCinChecks.CHAIR, "cara.chair")
                    .containsEntry(ScheduledCinChecks.CHECK_DATE,
                            Map.of(org.alfresco.service.cmr.workflow.WorkflowInstanceQuery.DatePosition.AFTER,
                                    Date.from(NOW)));
        });
    }
}
