package org.practicechallenge.repo.webscript;

import org.practicechallenge.repo.ModuleDefaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.alfresco.service.cmr.repository.NodeService;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.repo.register.ChallengeRegister;
import org.practicechallenge.repo.register.RegisterDatabase;
import org.practicechallenge.repo.SignedIn;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.GenericBeanDefinition;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads the module's real protocol-context.xml and webscript-context.xml with mocks in place of Alfresco's public
 * services and surf-webscripts' abstract {@code webscript} parent, so a wrong class, argument or reference fails
 * here; and checks every descriptor has the bean Alfresco will look for.
 */
class WebScriptContextTest
{
    private static final String CONTEXT = "alfresco/module/practice-challenge-repo/context/";
    private static final String WEBSCRIPTS = "alfresco/extension/templates/webscripts/";

    private GenericApplicationContext context;
    /** Stands for ACS's database query path, which stops after system.acl.maxPermissionChecks + 1 rows. */
    private final SearchService searchService = mock(SearchService.class);
    private final ChallengeRegister register = RegisterDatabase.inMemory().register();
    private final AuthorityService authorityService = mock(AuthorityService.class);

    @BeforeEach
    void loadTheModulesWebScriptContext()
    {
        context = new GenericApplicationContext();
        context.getBeanFactory().registerSingleton("global-properties", ModuleDefaults.properties());
        context.getBeanFactory().registerSingleton("SearchService", searchService);
        context.getBeanFactory().registerSingleton("NodeService", mock(NodeService.class));
        // register-context.xml's bean, on a database of its own.
        context.getBeanFactory().registerSingleton("practicechallenge.challengeRegister", register);
        context.getBeanFactory().registerSingleton("AuthorityService", authorityService);
        context.getBeanFactory().registerSingleton("PermissionService", mock(PermissionService.class));
        context.getBeanFactory().registerSingleton("WorkflowService",
                mock(org.alfresco.service.cmr.workflow.WorkflowService.class));
        context.getBeanFactory().registerSingleton("activitiRepositoryService", mock(org.activiti.engine.RepositoryService.class));
        context.getBeanFactory().registerSingleton("activitiRuntimeService", mock(org.activiti.engine.RuntimeService.class));
        context.getBeanFactory().registerSingleton("activitiHistoryService", mock(org.activiti.engine.HistoryService.class));
        GenericBeanDefinition webscript = new GenericBeanDefinition();
        webscript.setAbstract(true);
        context.registerBeanDefinition("webscript", webscript);
        XmlBeanDefinitionReader xml = new XmlBeanDefinitionReader(context);
        xml.loadBeanDefinitions(new ClassPathResource(CONTEXT + "protocol-context.xml"),
                new ClassPathResource(CONTEXT + "webscript-context.xml"),
                new ClassPathResource(CONTEXT + "diagram-context.xml"),
                new ClassPathResource(CONTEXT + "record-export-context.xml"),
                new ClassPathResource(CONTEXT + "forms-context.xml"));
        context.refresh();
    }

    @AfterEach
    void close()
    {
        context.close();
    }

    @Test
    void everyWebScriptIsWiredWithItsRepositoryReaders()
    {
        assertThat(context.getBean("webscript.org.practicechallenge.escalations.get")).isInstanceOf(EscalationsGet.class);
        assertThat(context.getBean("webscript.org.practicechallenge.report.get")).isInstanceOf(ReportGet.class);
        assertThat(context.getBean("webscript.org.practicechallenge.history.get")).isInstanceOf(ChallengeHistoryGet.class);
        assertThat(context.getBean("webscript.org.practicechallenge.record.get")).isInstanceOf(ChallengeRecordPdfGet.class);
        assertThat(context.getBean("webscript.org.practicechallenge.agencies.get")).isInstanceOf(AgenciesGet.class);
        assertThat(context.getBean("webscript.org.practicechallenge.challenges.get")).isInstanceOf(ChallengesGet.class);
    }

    /**
     * 2 500 challenges, past the 1 001 rows at which Alfresco's database search stops: the wired list and report
     * count them all, because they read the register and never ask that search.
     */
    @Test
    void theWiredListAndReportCountPastTheRowsAlfrescosDatabaseSearchStopsAt()
    {
        List<ChallengeSummary> challenges = new ArrayList<>();
        for (int i = 0; i < 2_500; i++)
        {
            challenges.add(Challenges.open("c" + i, i % 2 == 0 ? Stage.STAGE_2 : Stage.STAGE_1, "police", "health"));
        }
        challenges.forEach(register::record);
        when(authorityService.getAuthorities()).thenReturn(java.util.Set.of("GROUP_PC_PARTNERSHIP"));
        PracticeChallengeWebScript list = (PracticeChallengeWebScript) context.getBean("webscript.org.practicechallenge.escalations.get");
        PracticeChallengeWebScript report = (PracticeChallengeWebScript) context.getBean("webscript.org.practicechallenge.report.get");

        try (SignedIn partnership = SignedIn.as("partnership1"))
        {
            assertThat(WebScriptCall.get().with("maxItems", "500").with("skipCount", "1000").to(list).body())
                    .contains("\"totalItems\":1250,\"hasMoreItems\":false");
            assertThat(WebScriptCall.get().to(report).body()).startsWith("{\"total\":2500,");
        }
        verifyNoInteractions(searchService);
    }

    @Test
    void everyDescriptorHasTheBeanAlfrescoLooksUpForIt() throws IOException
    {
        Resource[] descriptors = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:" + WEBSCRIPTS + "org/practicechallenge/**/*.desc.xml");
        List<String> beanIds = Arrays.stream(descriptors).map(WebScriptContextTest::beanIdFor).toList();

        assertThat(beanIds).containsExactlyInAnyOrder("webscript.org.practicechallenge.escalations.get",
                "webscript.org.practicechallenge.report.get", "webscript.org.practicechallenge.history.get",
                "webscript.org.practicechallenge.diagram.challenge-diagram.get", "webscript.org.practicechallenge.record.get",
                "webscript.org.practicechallenge.agencies.get", "webscript.org.practicechallenge.challenges.get");
        beanIds.forEach(id -> assertThat(context.containsBean(id)).as(id).isTrue());
    }

    /** webscript.<package.path>.<name>.<method> for <package/path>/<name>.<method>.desc.xml. */
    private static String beanIdFor(Resource descriptor)
    {
        try
        {
            String url = descriptor.getURL().toString();
            String path = url.substring(url.indexOf(WEBSCRIPTS) + WEBSCRIPTS.length(), url.length() - ".desc.xml".length());
            return "webscript." + path.replace('/', '.');
        }
        catch (IOException e)
        {
            throw new IllegalStateException(e);
        }
    }
}
