package org.practicechallenge.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;

import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.CaseRecord;
import org.practicechallenge.protocol.EscalationNotices;
import org.practicechallenge.repo.ModuleDefaults;
import org.practicechallenge.repo.PracticeChallengeModel;
import org.practicechallenge.repo.integrity.CaseRecordIntegrity;
import org.practicechallenge.repo.register.RegisterUpkeep;
import org.practicechallenge.repo.notice.MailEscalationNotices;
import org.practicechallenge.repo.record.AlfrescoCaseRecord;
import org.practicechallenge.repo.retention.RecordsDeclaration;
import org.practicechallenge.workflow.ProtocolBinding;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Loads the module's real Spring XML ({@link ModuleContext}) as plain ACS has it: no Governance Services. The build
 * runs this class a second time without the Governance Services declarations on the classpath (surefire execution
 * {@code without-governance-services}), as in plain ACS, where a bean class naming an AGS type stops the repository.
 */
class ModuleSpringContextTest
{
    static final String WITHOUT_GOVERNANCE_SERVICES = "practicechallenge.test.withoutGovernanceServices";

    private final ModuleContext module = new ModuleContext();
    private final Map<String, Object> alfresco = module.alfresco;
    private final Map<Object, Object> activitiBeanRegistry = module.activitiBeanRegistry;
    private final List<List<?>> behaviours = module.behaviours;
    private GenericApplicationContext context;

    private GenericApplicationContext load(boolean governanceServicesInstalled)
    {
        context = module.load();
        return context;
    }

    @AfterEach
    void close()
    {
        module.close();
    }

    @Test
    void inPlainAlfrescoTheGovernanceServicesTypesAreAbsentAndTheModuleStillStarts()
    {
        assumeTrue(Boolean.getBoolean(WITHOUT_GOVERNANCE_SERVICES), "runs in the build's without-governance-services execution");
        assertThatThrownBy(() -> Class.forName("org.alfresco.module.org_alfresco_module_rm.record.RecordService"))
                .isInstanceOf(ClassNotFoundException.class);

        load(false);

        assertThat(context.getBean(RecordsDeclaration.class).isOn()).isFalse();
        assertThat(context.getBean("practicechallenge.caseRecord")).isInstanceOf(AlfrescoCaseRecord.class);
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
                "onUpdateChallengeProperties", "beforeDeleteEntry", "beforeDeleteChallenge", "onCreateChallengeChild", "onUpdateCaseProperties",
                "onCreateNode", "onUpdateProperties", "onRestoreNode", "beforeDeleteNode", "onUpdateCaseFolder",
                "onCreateEntry", "beforeDeleteEntry");
        assertThat(behaviours).extracting(arguments -> (Object) arguments.get(0).getClass())
                .contains(CaseRecordIntegrity.class, RegisterUpkeep.class);
        verify(policyComponent).bindAssociationBehaviour(org.mockito.ArgumentMatchers.eq(NodeServicePolicies.OnCreateChildAssociationPolicy.QNAME),
                org.mockito.ArgumentMatchers.eq(PracticeChallengeModel.TYPE_PRACTICE_CHALLENGE), org.mockito.ArgumentMatchers.any());
    }

    @Test
    void theTaskListenersRegisterInActivitisBeanRegistryUnderTheModulesPrefix()
    {
        load(false);

        assertThat(activitiBeanRegistry).containsOnlyKeys("practicechallenge_StageTaskOpening", "practicechallenge_LatenessRecording",
                "practicechallenge_StageResponseRecording",
                "practicechallenge_StageDecisionRecording", "practicechallenge_ReferralRecording", "practicechallenge_FamilyInformedRecording",
                "practicechallenge_CinEvidenceRecording");
    }

    @Test
    void withoutGovernanceServicesRecordsDeclarationIsOff()
    {
        load(false);

        assertThat(context.getBean(RecordsDeclaration.class).isOn()).isFalse();
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
