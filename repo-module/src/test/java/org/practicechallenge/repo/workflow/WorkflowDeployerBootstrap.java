package org.practicechallenge.repo.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.activiti.engine.RepositoryService;
import org.activiti.engine.repository.Deployment;

/**
 * Stands in for what Alfresco's {@code WorkflowDeployer.init} does at bootstrap with its classpath definitions, on a
 * real engine's RepositoryService (the Activiti side of {@code ActivitiWorkflowEngine}):
 * <ul>
 * <li>{@code redeploy = Boolean.valueOf(definition.getProperty("redeploy"))}, read once per definition;</li>
 * <li>{@code !redeploy && isDefinitionDeployed}: nothing is deployed (only the deployment category is checked).
 * {@code isDefinitionDeployed} is "a definition with the file's process key exists" (the key is the id of the first
 * {@code process} element, {@code ActivitiWorkflowEngine.getProcessKey});</li>
 * <li>otherwise {@code deployDefinition(engineId, stream, mimetype, file name, true)}: a deployment named after the file,
 * its one resource named {@code GUID.generate() + ".bpmn20.xml"}, category {@code fullAccess}.</li>
 * </ul>
 * The file is read as Spring's {@code ClassPathResource} reads it, through the thread's context class loader.
 */
final class WorkflowDeployerBootstrap
{
    static final String CATEGORY_FULL_ACCESS = "http://alfresco.org/workflows/fullAccess";

    private WorkflowDeployerBootstrap()
    {
    }

    /** Runs the deployer over the definitions; returns how many it deployed. */
    static int run(RepositoryService repository, List<Properties> definitions)
    {
        int deployed = 0;
        for (Properties definition : definitions)
        {
            boolean redeploy = Boolean.valueOf(definition.getProperty("redeploy"));
            String location = definition.getProperty("location");
            if (!redeploy && repository.createProcessDefinitionQuery().processDefinitionKey(processKey(location)).count() > 0)
            {
                continue;
            }
            try (InputStream in = open(location))
            {
                Deployment deployment = repository.createDeployment().addInputStream(UUID.randomUUID() + ".bpmn20.xml", in)
                        .name(location.substring(location.lastIndexOf('/') + 1)).deploy();
                repository.setDeploymentCategory(deployment.getId(), CATEGORY_FULL_ACCESS);
                deployed++;
            }
            catch (IOException e)
            {
                throw new UncheckedIOException(e);
            }
        }
        return deployed;
    }

    private static String processKey(String location)
    {
        try (InputStream in = open(location))
        {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("process").item(0)
                    .getAttributes().getNamedItem("id").getNodeValue();
        }
        catch (Exception e)
        {
            throw new IllegalStateException("cannot read the process key of " + location, e);
        }
    }

    private static InputStream open(String location)
    {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location);
        if (in == null)
        {
            throw new IllegalStateException("no " + location + " on the classpath");
        }
        return in;
    }
}
