package org.practicechallenge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.activiti.engine.ActivitiException;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.ProcessEngineConfiguration;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.activiti.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Our delegates and listeners sit in Alfresco's shared {@code activitiBeanRegistry} under the module's prefix, and the
 * BPMN names exactly those keys. Alfresco's {@code BaseJavaDelegate.setBeanRegistry} puts a delegate under
 * {@code getName()}; the process engine resolves {@code ${...}} against that map (activiti-context.xml passes it as
 * the engine configuration's {@code beans}).
 */
class RegistryNameTest
{
    private static final String WORKFLOW_CONTEXT = PracticeChallengeEngine.MODULE + "context/workflow-context.xml";
    private static final Set<String> REGISTERING_PARENTS = Set.of("baseJavaDelegate", "practicechallenge.baseTaskListener");

    @Test
    void everyDelegateAndListenerOfTheContextRegistersUnderTheModulePrefixAndItsClassName() throws Exception
    {
        Map<Object, Object> registry = registry();

        assertThat(registry).hasSize(12);
        registry.forEach((key, bean) ->
        {
            assertThat(key).isEqualTo("practicechallenge_" + bean.getClass().getSimpleName());
            assertThat((String) key).as("a JUEL identifier").matches("[A-Za-z_][A-Za-z0-9_]*");
        });
    }

    @Test
    void everyDelegateExpressionOfTheBpmnNamesARegisteredKeyAndEveryKeyIsUsed() throws Exception
    {
        Set<String> registered = new TreeSet<>();
        registry().keySet().forEach(key -> registered.add("${" + key + "}"));
        Set<String> named = new TreeSet<>();
        for (String bpmn : PracticeChallengeEngine.moduleWorkflowResources())
        {
            named.addAll(delegateExpressions(PracticeChallengeEngine.moduleWorkflow(bpmn)));
        }

        assertThat(named).isEqualTo(registered);
    }

    @Test
    void theEngineResolvesAnUnderscoreKeyButReadsADotAsAPropertyOfAnotherBean()
    {
        Map<Object, Object> beans = new HashMap<>();
        List<String> ran = new ArrayList<>();
        ProtocolDelegate probe = new ProtocolDelegate()
        {
            @Override
            protected void run(DelegateExecution execution)
            {
                ran.add(execution.getCurrentActivityId());
            }
        };
        beans.put("practicechallenge_Probe", probe);
        beans.put("practicechallenge.Probe", probe);
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration().setJdbcUrl("jdbc:h2:mem:registryName;DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate("drop-create");
        configuration.setBeans(beans);
        ProcessEngine engine = configuration.buildProcessEngine();
        try
        {
            deploy(engine, "underscore", "${practicechallenge_Probe}");
            deploy(engine, "dot", "${practicechallenge.Probe}");

            ProcessInstance underscore = engine.getRuntimeService().startProcessInstanceByKey("underscore");
            assertThat(underscore.isEnded()).isTrue();
            assertThat(ran).containsExactly("probe");
            assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("dot"))
                    .isInstanceOf(ActivitiException.class).hasMessageContaining("practicechallenge");
        }
        finally
        {
            engine.close();
        }
    }

    /** The context's delegates and listeners, registered as Alfresco registers them. */
    private static Map<Object, Object> registry() throws Exception
    {
        Map<Object, Object> registry = new HashMap<>();
        for (Element bean : elements(parse(PracticeChallengeEngine.class.getClassLoader().getResourceAsStream(WORKFLOW_CONTEXT)), "bean"))
        {
            if (REGISTERING_PARENTS.contains(bean.getAttribute("parent")))
            {
                Object instance = Class.forName(bean.getAttribute("class")).getDeclaredConstructor().newInstance();
                if (instance instanceof ProtocolDelegate delegate)
                {
                    registry.put(delegate.getName(), delegate);
                }
                else
                {
                    ((RegisteredTaskListener) instance).setBeanRegistry(registry);
                }
            }
        }
        return registry;
    }

    private static Set<String> delegateExpressions(String bpmn) throws Exception
    {
        Set<String> expressions = new TreeSet<>();
        NodeList all = parse(new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++)
        {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++)
            {
                Node attribute = attributes.item(a);
                if ("delegateExpression".equals(attribute.getLocalName()))
                {
                    expressions.add(attribute.getNodeValue());
                }
            }
        }
        return expressions;
    }

    private static void deploy(ProcessEngine engine, String key, String expression)
    {
        engine.getRepositoryService().createDeployment().addString(key + ".bpmn20.xml", """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:activiti="http://activiti.org/bpmn"
                             targetNamespace="http://www.practicechallenge.org/test">
                  <process id="%s" isExecutable="true">
                    <startEvent id="start"/>
                    <serviceTask id="probe" activiti:delegateExpression="%s"/>
                    <endEvent id="end"/>
                    <sequenceFlow id="toProbe" sourceRef="start" targetRef="probe"/>
                    <sequenceFlow id="toEnd" sourceRef="probe" targetRef="end"/>
                  </process>
                </definitions>
                """.formatted(key, expression)).deploy();
    }

    private static Document parse(InputStream xml) throws Exception
    {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (xml)
        {
            return factory.newDocumentBuilder().parse(xml);
        }
    }

    private static List<Element> elements(Document document, String localName)
    {
        List<Element> found = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++)
        {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
