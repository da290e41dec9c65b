package org.practicechallenge.repo.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.activiti.engine.RepositoryService;
import org.activiti.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the module's BPMN files as Alfresco's {@code workflowDeployer} takes it ({@code engineId}, {@code location},
 * {@code mimetype}, {@code redeploy}), with {@code redeploy} answered when the deployer asks: true when the latest
 * deployed definition of the file's process differs, byte for byte, from the file on the classpath.
 *
 * <p>Why: {@code WorkflowDeployer.init} reads {@code redeploy} once per file at bootstrap, in its own transaction and
 * as System. With {@code false} it only asks {@code isDefinitionDeployed}, which {@code ActivitiWorkflowEngine} answers
 * from the process key alone, so a module upgrade with a changed process would never deploy it; with {@code true} it
 * deploys ({@code WorkflowService.deployDefinition(engineId, in, mimetype, file name, true)}) on every restart. Asked
 * here, the deployer deploys exactly when the file changed: a new version for new starts, while running challenges
 * finish on theirs. A fresh install has no definition yet: {@code false}, and the deployer deploys it anyway.</p>
 */
public class ShippedDefinition extends Properties
{
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ShippedDefinition.class);
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String REDEPLOY = "redeploy";

    private final transient RepositoryService repository;

    public ShippedDefinition(String location, RepositoryService repository)
    {
        super.setProperty("engineId", "activiti");
        super.setProperty("location", location);
        super.setProperty("mimetype", "text/xml");
        this.repository = repository;
    }

    @Override
    public String getProperty(String key)
    {
        return REDEPLOY.equals(key) ? String.valueOf(changed()) : super.getProperty(key);
    }

    /** Whether this file's process is deployed and its latest version was deployed from other bytes. */
    public boolean changed()
    {
        String location = super.getProperty("location");
        byte[] shipped = read(location);
        String key = processKey(shipped, location);
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
        if (latest == null)
        {
            return false;
        }
        try (InputStream deployed = repository.getResourceAsStream(latest.getDeploymentId(), latest.getResourceName()))
        {
            boolean changed = !Arrays.equals(shipped, deployed.readAllBytes());
            if (changed)
            {
                LOG.info("{} differs from deployed {} version {}: deploying it as a new version; running processes keep theirs",
                        location, key, latest.getVersion());
            }
            return changed;
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /** Read as Spring's ClassPathResource (WorkflowDeployer's) reads it: through the thread's context class loader. */
    private static byte[] read(String location)
    {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : ShippedDefinition.class.getClassLoader()).getResourceAsStream(location))
        {
            if (in == null)
            {
                throw new IllegalStateException("no " + location + " on the classpath");
            }
            return in.readAllBytes();
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the first process, as ActivitiWorkflowEngine.getProcessKey takes it. */
    private static String processKey(byte[] bpmn, String location)
    {
        try
        {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bpmn));
            while (xml.hasNext())
            {
                if (xml.next() == XMLStreamReader.START_ELEMENT && BPMN.equals(xml.getNamespaceURI()) && "process".equals(xml.getLocalName()))
                {
                    return xml.getAttributeValue(null, "id");
                }
            }
        }
        catch (XMLStreamException e)
        {
            throw new IllegalStateException(location + " is not readable BPMN", e);
        }
        throw new IllegalStateException(location + " has no process");
    }
}
