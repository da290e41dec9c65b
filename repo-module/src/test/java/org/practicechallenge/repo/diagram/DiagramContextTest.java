package org.practicechallenge.repo.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.activiti.engine.HistoryService;
import org.activiti.engine.RepositoryService;
import org.activiti.engine.RuntimeService;
import org.alfresco.service.cmr.repository.NodeService;
import org.practicechallenge.repo.register.RegisterDatabase;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.GenericBeanDefinition;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.support.GenericApplicationContext;

/**
 * context/diagram-context.xml loads on top of the module's protocol and web script contexts with mocks for ACS's
 * Activiti services (activiti-context.xml's bean names) and public services, and defines the bean Alfresco looks up
 * for the descriptor org/practicechallenge/diagram/challenge-diagram.get.desc.xml.
 */
class DiagramContextTest
{
    private static final String CONTEXT = "alfresco/module/practice-challenge-repo/context/";

    @Test
    void theDiagramWebScriptIsWiredToTheEngineAndTheChallengeReader() throws IOException
    {
        try (GenericApplicationContext context = new GenericApplicationContext())
        {
            context.getBeanFactory().registerSingleton("global-properties", moduleDefaults());
            context.getBeanFactory().registerSingleton("SearchService", mock(SearchService.class));
            context.getBeanFactory().registerSingleton("NodeService", mock(NodeService.class));
            // register-context.xml's bean, on a database of its own.
            context.getBeanFactory().registerSingleton("practicechallenge.challengeRegister", RegisterDatabase.inMemory().register());
            context.getBeanFactory().registerSingleton("AuthorityService", mock(AuthorityService.class));
            context.getBeanFactory().registerSingleton("PermissionService", mock(PermissionService.class));
            context.getBeanFactory().registerSingleton("WorkflowService",
                    mock(org.alfresco.service.cmr.workflow.WorkflowService.class));
            context.getBeanFactory().registerSingleton("activitiRepositoryService", mock(RepositoryService.class));
            context.getBeanFactory().registerSingleton("activitiRuntimeService", mock(RuntimeService.class));
            context.getBeanFactory().registerSingleton("activitiHistoryService", mock(HistoryService.class));
            GenericBeanDefinition webscript = new GenericBeanDefinition();
            webscript.setAbstract(true);
            context.registerBeanDefinition("webscript", webscript);
            new XmlBeanDefinitionReader(context).loadBeanDefinitions(new ClassPathResource(CONTEXT + "protocol-context.xml"),
                    new ClassPathResource(CONTEXT + "webscript-context.xml"), new ClassPathResource(CONTEXT + "diagram-context.xml"));
            context.refresh();

            assertThat(context.getBean("webscript.org.practicechallenge.diagram.challenge-diagram.get"))
                    .isInstanceOf(ChallengeDiagramGet.class);
            assertThat(context.getBean("practicechallenge.challengeDiagrams")).isInstanceOf(ChallengeDiagrams.class);
        }
    }

    private static Properties moduleDefaults() throws IOException
    {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource("alfresco/module/practice-challenge-repo/alfresco-global.properties").getInputStream())
        {
            properties.load(in);
        }
        return properties;
    }
}
