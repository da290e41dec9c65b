package org.practicechallenge.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.Properties;

import org.alfresco.module.org_alfresco_module_rm.fileplan.FilePlanService;
import org.alfresco.module.org_alfresco_module_rm.record.RecordService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.repo.ModuleDefaults;
import org.practicechallenge.repo.retention.RecordsDeclaration;
import org.practicechallenge.repo.retention.governance.GovernanceServicesDeclaration;

/** The module's Spring context in a repository with Governance Services: its public RecordService and FilePlanService. */
class GovernanceServicesContextTest
{
    private final ModuleContext module = new ModuleContext()
            .with("RecordService", mock(RecordService.class))
            .with("FilePlanService", mock(FilePlanService.class));

    @AfterEach
    void close()
    {
        module.close();
    }

    @Test
    void withGovernanceServicesClosedChallengesAreDeclaredThroughIt()
    {
        RecordsDeclaration declaration = module.load().getBean(RecordsDeclaration.class);

        assertThat(declaration).isInstanceOf(GovernanceServicesDeclaration.class);
        assertThat(declaration.isOn()).isTrue();
    }

    @Test
    void thePartnershipMaySwitchDeclarationOffWithGovernanceServicesInstalled()
    {
        Properties settings = ModuleDefaults.properties();
        settings.setProperty(RecordsDeclaration.SETTING, "false");

        RecordsDeclaration declaration = module.with("global-properties", settings).load().getBean(RecordsDeclaration.class);

        assertThat(declaration.isOn()).isFalse();
    }
}
