package org.practicechallenge.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.module.org_alfresco_module_rm.record.RecordService;
import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.practicechallenge.protocol.CaseRecord;
import org.practicechallenge.protocol.EscalationNotices;
import org.practicechallenge.repo.ModuleDefaults;
import org.practicechallenge.repo.PracticeChallengeModel;
import org.practicechallenge.repo.integrity.CaseRecordIntegrity;
import org.practicechallenge.repo.notice.MailEscalationNotices;
import org.practicechallenge.repo.record.AlfrescoCaseRecord;
import org.practicechallenge.repo.retention.RecordsDeclaration;
import org.practicechallenge.workflow.ProtocolBinding;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Loads the module's real Spring XML, module-context.xml and everything it imports, with Spring 7 (ACS 26.1's) and
 * Mockito mocks in place of every Alfresco bean they reference, so a wrong class name, property, constructor
 * argument or reference fails the build instead of Alfresco's startup.
 *
 * <p>Alfresco's abstract parents are stood in for as they are defined in Alfresco, as far as our classes can take
 * them: {@code webscript} is abstract with nothing in it (as in surf-webscripts); {@code dictionaryModelBootstrap} and
 * {@code workflowDeployer} take the {@code models}/{@code labels}/{@code workflowDefinitions} our beans set and check
 * the files exist. {@code baseJavaDelegate} is abstract with Alfresco's class but without its
 * {@code serviceRegistry}/{@code beanRegistry} properties: our compile-only {@code BaseJavaDelegate} declares no
 * setters, so the registration of the five delegates in {@code activitiBeanRegistry} is Alfresco's and is not
 * checked here (the task listeners, which register themselves, are).</p>
 */
class ModuleSpringContextTest
{
    private static final String MODULE_CONTEXT = "alfresco/module/practice-challenge-repo/module-context.xml";

    private final Map<String, Object> alfresco = new LinkedHashMap<>();
    private final Map<Object, Object> activitiBeanRegistry = new HashMap<>();
    private final List<List<?>> behaviours = new ArrayList<>();
    private GenericApplicationContext context;

    private GenericApplicationContext load(boolean governanceServicesInstalled)
    {
        alfresco.put("NodeService", mock(NodeService.class));
        alfresco.put("PermissionService", mock(PermissionService.class));
        alfresco.put("AuthorityService", mock(AuthorityService.class));
        alfresco.put("ActionService", mock(ActionService.class));
        alfresco.put("ContentService", mock(ContentService.class));
        alfresco.put("SearchService", mock(SearchService.class));
        alfresco.put("policyComponent", mock(PolicyComponent.class));
        alfresco.put("auditComponent", mock(AuditComponent.class));
        alfresco.put("activitiRepositoryService", mock(org.activiti.engine.RepositoryService.class));
        alfresco.put("activitiRuntimeService", mock(org.activiti.engine.RuntimeService.class));
        alfresco.put("activitiHistoryService", mock(org.activiti.engine.HistoryService.class));
        alfresco.put("global-properties", ModuleDefaults.properties());
        alfresco.put("activitiBeanRegistry", activitiBeanRegistry);
        alfresco.put("dictionaryBootstrap", new Object());
        if (governanceServicesInstalled)
        {
            alfresco.put("RecordService", mock(RecordService.class));
        }

        context = new GenericApplicationContext();
        DefaultListableBeanFactory beans = context.getDefaultListableBeanFactory();
        alfresco.forEach(beans::registerSingleton);
        beans.registerBeanDefinition("dictionaryModelBootstrap", abstractParent(DictionaryBootstrapStandIn.class.getName(), "bootstrap"));
        beans.registerBeanDefinition("workflowDeployer", abstractParent(WorkflowDeployerStandIn.class.getName(), "check"));
        beans.registerBeanDefinition("baseJavaDelegate", abstractParent("org.alfresco.repo.workflow.activiti.BaseJavaDelegate", null));
        beans.registerBeanDefinition("webscript", abstractParent(null, null));
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

    @AfterEach
    void close()
    {
        if (context != null)
        {
            context.close();
        }
    }

    @Test
    void theWorkflowsPortsAreTheAlfrescoAdapters()
    {
        load(false);

        assertThat(context.getBean("practicechallenge.caseRecord", CaseRecord.class)).isInstanceOf(AlfrescoCaseRecord.class);
        assertThat(context.getBean("practicechallenge.escalationNotices", EscalationNotices.class)).isInstanceOf(MailEscalationNotices.class);
        assertThat(context.getBean("practicechallenge.protocolBinding")).isInstanceOf(ProtocolBinding.class);
    }

    @Test
    void everyBeanOfTheModuleIsCreated()
    {
        load(false);

        for (String name : context.getBeanDefinitionNames())
        {
            if (!context.getBeanFactory().getBeanDefinition(name).isAbstract())
            {
                assertThat(context.getBean(name)).as(name).isNotNull();
            }
        }
        assertThat(context.getBeanDefinitionNames()).contains("practicechallenge.caseRecordIntegrity", "practicechallenge.challengeRetention",
                "practicechallenge.recordsDeclaration", "practicechallenge.caseFolderAccess", "practicechallenge.challengeAudit",
                "practicechallenge.dictionaryBootstrap", "practicechallenge.workflowBootstrap");
    }

    @Test
    void theBehavioursAreBoundAtStartupToThePolicyComponent()
    {
        load(false);
        PolicyComponent policyComponent = (PolicyComponent) alfresco.get("policyComponent");

        assertThat(behaviours).extracting(arguments -> (Object) arguments.get(1)).containsExactlyInAnyOrder("onUpdateEntryProperties",
                "onUpdateChallengeProperties", "beforeDeleteEntry", "beforeDeleteChallenge", "onCreateChallengeChild", "onUpdateCaseProperties");
        assertThat(behaviours).extracting(arguments -> (Object) arguments.get(0).getClass()).contains(CaseRecordIntegrity.class);
        verify(policyComponent).bindAssociationBehaviour(org.mockito.ArgumentMatchers.eq(NodeServicePolicies.OnCreateChildAssociationPolicy.QNAME),
                org.mockito.ArgumentMatchers.eq(PracticeChallengeModel.TYPE_PRACTICE_CHALLENGE), org.mockito.ArgumentMatchers.any());
    }

    @Test
    void theTaskListenersRegisterInActivitisBeanRegistryByTheirSimpleName()
    {
        load(false);

        assertThat(activitiBeanRegistry).containsKeys("StageTaskOpening", "StageResponseRecording", "StageDecisionRecording",
                "ReferralRecording", "FamilyInformedRecording", "CinEvidenceRecording");
    }

    @Test
    void withoutGovernanceServicesRecordsDeclarationIsOff()
    {
        load(false);

        assertThat(context.getBean(RecordsDeclaration.class).isOn()).isFalse();
    }

    @Test
    void withGovernanceServicesItsRecordServiceIsUsed()
    {
        load(true);

        assertThat(context.getBean(RecordsDeclaration.class).isOn()).isTrue();
    }

    @Test
    void theRecordsManagersGroupComesFromGlobalProperties()
    {
        load(false);

        assertThat(context.getBean(CaseRecordIntegrity.class).recordsManagers()).isEqualTo("GROUP_PC_RECORDS_MANAGERS");
    }

    @Test
    void aMissingAlfrescoServiceFailsTheContext()
    {
        GenericApplicationContext broken = new GenericApplicationContext();
        broken.getDefaultListableBeanFactory().registerSingleton("global-properties", ModuleDefaults.properties());
        new XmlBeanDefinitionReader(broken).loadBeanDefinitions(
                "classpath:alfresco/module/practice-challenge-repo/context/protocol-context.xml",
                "classpath:alfresco/module/practice-challenge-repo/context/service-context.xml");

        assertThatThrownBy(broken::refresh).isInstanceOf(BeanCreationException.class).hasMessageContaining("auditComponent");
        broken.close();
    }
}
