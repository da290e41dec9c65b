package org.practicechallenge.context;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.transaction.TransactionService;
import org.mockito.MockedConstruction;
import org.practicechallenge.repo.ModuleDefaults;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The module's real Spring XML (module-context.xml and everything it imports) on Spring 7, ACS 26.1's, with Mockito
 * mocks for the community Alfresco beans it references. A test adds what else its repository has (Governance
 * Services' beans, say) with {@link #with}.
 *
 * <p>Alfresco's abstract parents are stood in for as they are defined in Alfresco, as far as our classes can take
 * them: {@code webscript} is abstract with nothing in it (as in surf-webscripts); {@code dictionaryModelBootstrap} and
 * {@code workflowDeployer} take the {@code models}/{@code labels}/{@code workflowDefinitions} our beans set and check
 * the files exist. {@code baseJavaDelegate} is abstract with Alfresco's class but without its
 * {@code serviceRegistry}/{@code beanRegistry} properties: our compile-only {@code BaseJavaDelegate} declares no
 * setters, so the registration of the delegates in {@code activitiBeanRegistry} is Alfresco's and is not checked
 * here (the task listeners, which register themselves, are).</p>
 */
final class ModuleContext implements AutoCloseable
{
    static final String MODULE_CONTEXT = "alfresco/module/practice-challenge-repo/module-context.xml";

    final Map<String, Object> alfresco = new LinkedHashMap<>();
    final Map<Object, Object> activitiBeanRegistry = new HashMap<>();
    final List<List<?>> behaviours = new ArrayList<>();
    private GenericApplicationContext context;

    ModuleContext()
    {
        alfresco.put("NodeService", mock(NodeService.class));
        // Alfresco's internal node service and its database: the register keeps its table in the latter.
        alfresco.put("nodeService", mock(NodeService.class));
        alfresco.put("dataSource", new DriverManagerDataSource(
                "jdbc:h2:mem:module-context-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        alfresco.put("PermissionService", mock(PermissionService.class));
        alfresco.put("AuthorityService", mock(AuthorityService.class));
        alfresco.put("ActionService", mock(ActionService.class));
        alfresco.put("ContentService", mock(ContentService.class));
        alfresco.put("SearchService", mock(SearchService.class));
        alfresco.put("TransactionService", mock(TransactionService.class));
        alfresco.put("WorkflowService", mock(org.alfresco.service.cmr.workflow.WorkflowService.class));
        alfresco.put("policyComponent", mock(PolicyComponent.class));
        alfresco.put("auditComponent", mock(AuditComponent.class));
        alfresco.put("activitiRepositoryService", mock(org.activiti.engine.RepositoryService.class));
        alfresco.put("activitiRuntimeService", mock(org.activiti.engine.RuntimeService.class));
        alfresco.put("activitiHistoryService", mock(org.activiti.engine.HistoryService.class));
        alfresco.put("global-properties", ModuleDefaults.properties());
        alfresco.put("activitiBeanRegistry", activitiBeanRegistry);
        alfresco.put("dictionaryBootstrap", new Object());
    }

    ModuleContext with(String beanName, Object bean)
    {
        alfresco.put(beanName, bean);
        return this;
    }

    GenericApplicationContext load()
    {
        context = new GenericApplicationContext();
        DefaultListableBeanFactory beans = context.getDefaultListableBeanFactory();
        alfresco.forEach(beans::registerSingleton);
        beans.registerBeanDefinition("dictionaryModelBootstrap", abstractParent(DictionaryBootstrapStandIn.class.getName(), "bootstrap"));
        beans.registerBeanDefinition("workflowDeployer", abstractParent(WorkflowDeployerStandIn.class.getName(), "check"));
        beans.registerBeanDefinition("baseJavaDelegate", abstractParent("org.alfresco.repo.workflow.activiti.BaseJavaDelegate", null));
        beans.registerBeanDefinition("webscript", abstractParent(null, null));
        // Alfresco's module.baseComponent also sets ModuleService & co. and registers the component (init); not here.
        beans.registerBeanDefinition("module.baseComponent", abstractParent(null, null));
        new XmlBeanDefinitionReader(context).loadBeanDefinitions("classpath:" + MODULE_CONTEXT);

        // The behaviours' init methods construct JavaBehaviours; Mockito stands in for Alfresco's class.
        try (MockedConstruction<JavaBehaviour> constructed = mockConstruction(JavaBehaviour.class,
                (behaviour, construction) -> behaviours.add(construction.arguments())))
        {
            context.refresh();
        }
        return context;
    }

    private static RootBeanDefinition abstractParent(String className, String initMethod)
    {
        RootBeanDefinition parent = new RootBeanDefinition();
        parent.setBeanClassName(className);
        parent.setAbstract(true);
        parent.setInitMethodName(initMethod);
        return parent;
    }

    @Override
    public void close()
    {
        if (context != null)
        {
            context.close();
        }
    }
}
