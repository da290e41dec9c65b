package org.practicechallenge.repo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicechallenge.workflow.ChallengeVariablesFixture.decision;
import static org.practicechallenge.workflow.ChallengeVariablesFixture.discussion;
import static org.practicechallenge.workflow.ChallengeVariablesFixture.professionalDifference;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.activiti.engine.RepositoryService;
import org.activiti.engine.repository.Deployment;
import org.activiti.engine.repository.ProcessDefinition;
import org.activiti.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.workflow.PracticeChallengeEngine;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Module upgrades on the real Activiti engine: the harness deploys the shipped BPMN as the installed version; a later
 * bootstrap runs {@link WorkflowDeployerBootstrap} (Alfresco's WorkflowDeployer, as far as the engine goes) over the
 * module's {@link ShippedDefinition}s, which were made before the upgrade, as Spring makes them before bootstrap.
 */
class ShippedDefinitionUpgradeTest
{
    private static final String FOLDER = "alfresco/module/practice-challenge-repo/";
    private static final String PRACTICE_CHALLENGE = FOLDER + "workflow/practice-challenge.bpmn20.xml";
    private static final String CIN_CHECK = FOLDER + "workflow/cin-step-down-check.bpmn20.xml";

    private PracticeChallengeEngine engine;
    private RepositoryService repository;
    private List<Properties> definitions;

    @BeforeEach
    void installedModule()
    {
        engine = PracticeChallengeEngine.builder().startingAt(PracticeChallengeEngine.MONDAY_24_AUGUST_2026).build();
        repository = engine.repository();
        definitions = List.of(new ShippedDefinition(PRACTICE_CHALLENGE, repository), new ShippedDefinition(CIN_CHECK, repository));
    }

    @AfterEach
    void stop()
    {
        engine.close();
    }

    @Test
    void aRestartWithTheSameFilesDeploysNothing()
    {
        assertThat(WorkflowDeployerBootstrap.run(repository, definitions)).isZero();
        assertThat(WorkflowDeployerBootstrap.run(repository, definitions)).isZero();

        assertThat(versions("pcPracticeChallenge")).containsExactly(1);
        assertThat(versions("pcCinStepDownCheck")).containsExactly(1);
    }

    @Test
    void aFreshRepositoryGetsEachProcessOnceAndTheNextRestartNothing()
    {
        repository.createDeploymentQuery().list().forEach(d -> repository.deleteDeployment(d.getId(), true));

        assertThat(WorkflowDeployerBootstrap.run(repository, definitions)).isEqualTo(2);
        assertThat(WorkflowDeployerBootstrap.run(repository, definitions)).isZero();

        assertThat(versions("pcPracticeChallenge")).containsExactly(1);
        assertThat(versions("pcCinStepDownCheck")).containsExactly(1);
        assertThat(repository.createDeploymentQuery().list()).extracting(Deployment::getName)
                .containsExactlyInAnyOrder("practice-challenge.bpmn20.xml", "cin-step-down-check.bpmn20.xml");
    }

    @Test
    void aChangedProcessIsDeployedOnceAsANewVersionWhileRunningChallengesFinishOnTheirs()
    {
        ProcessInstance running = engine.startChallenge("nurse1", professionalDifference());
        String revised = PracticeChallengeEngine.moduleWorkflow(PRACTICE_CHALLENGE)
                .replace("name=\"Stage 1 response\"", "name=\"Stage 1 response (revised)\"");

        try (UpgradedModule upgrade = new UpgradedModule(Map.of(PRACTICE_CHALLENGE, revised)))
        {
            assertThat(definitions.get(0).getProperty("redeploy")).isEqualTo("true");
            assertThat(definitions.get(1).getProperty("redeploy")).isEqualTo("false");
            assertThat(WorkflowDeployerBootstrap.run(repository, definitions)).isEqualTo(1);
            assertThat(WorkflowDeployerBootstrap.run(repository, definitions)).as("restart after the upgrade").isZero();
        }

        assertThat(versions("pcPracticeChallenge")).containsExactly(1, 2);
        assertThat(versions("pcCinStepDownCheck")).containsExactly(1);
        String original = definitionId("pcPracticeChallenge", 1);
        assertThat(engine.task(running, "stage1Response").getName()).isEqualTo("Stage 1 response");
        engine.complete(engine.task(running, "stage1Response"), "responder1", discussion("Response at stage 1"));
        engine.complete(engine.task(running, "stage1Decision"), "nurse1", decision("resolved"));
        assertThat(engine.hasEnded(running)).isTrue();
        assertThat(engine.history().createHistoricProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(original);

        ProcessInstance started = engine.startChallenge("nurse1", professionalDifference());
        assertThat(started.getProcessDefinitionId()).isEqualTo(definitionId("pcPracticeChallenge", 2));
        assertThat(engine.task(started, "stage1Response").getName()).isEqualTo("Stage 1 response (revised)");
    }

    @Test
    void theModuleBootstrapsEveryShippedBpmnFileAsAShippedDefinition() throws Exception
    {
        Element bootstrap = null;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FOLDER + "context/bootstrap-context.xml"))
        {
            NodeList beans = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("bean");
            for (int i = 0; i < beans.getLength(); i++)
            {
                Element bean = (Element) beans.item(i);
                if ("practicechallenge.workflowBootstrap".equals(bean.getAttribute("id")))
                {
                    bootstrap = bean;
                }
            }
        }
        assertThat(bootstrap).isNotNull();
        assertThat(bootstrap.getElementsByTagName("props").getLength()).as("plain redeploy=true/false definitions").isZero();
        List<String> locations = new ArrayList<>();
        NodeList inner = bootstrap.getElementsByTagName("bean");
        for (int i = 0; i < inner.getLength(); i++)
        {
            Element definition = (Element) inner.item(i);
            assertThat(definition.getAttribute("class")).isEqualTo(ShippedDefinition.class.getName());
            NodeList arguments = definition.getElementsByTagName("constructor-arg");
            locations.add(((Element) arguments.item(0)).getAttribute("value"));
            assertThat(((Element) arguments.item(1)).getAttribute("ref")).isEqualTo("activitiRepositoryService");
        }
        assertThat(locations).containsExactlyInAnyOrderElementsOf(PracticeChallengeEngine.moduleWorkflowResources());
    }

    private List<Integer> versions(String key)
    {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).orderByProcessDefinitionVersion().asc().list()
                .stream().map(ProcessDefinition::getVersion).toList();
    }

    private String definitionId(String key, int version)
    {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).processDefinitionVersion(version).singleResult().getId();
    }
}
