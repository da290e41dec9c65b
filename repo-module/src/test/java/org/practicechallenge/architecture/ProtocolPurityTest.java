package org.practicechallenge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The protocol is readable without knowing Alfresco: plain Java only, and nothing outside may leak into it. */
class ProtocolPurityTest
{
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses()
    {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.practicechallenge");
    }

    @Test
    void protocolDependsOnlyOnTheJavaPlatformAndItself()
    {
        classes().that().resideInAPackage("org.practicechallenge.protocol..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.practicechallenge.protocol..")
                .check(classes);
    }

    @Test
    void protocolImportsNoAlfrescoActivitiOrSpring()
    {
        noClasses().that().resideInAPackage("org.practicechallenge.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("org.alfresco..", "org.activiti..", "org.springframework..")
                .check(classes);
    }

    @Test
    void workflowAdaptersDoNotReachIntoRepositoryAdapters()
    {
        noClasses().that().resideInAPackage("org.practicechallenge.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.practicechallenge.repo..")
                .check(classes);
    }

    @Test
    void onlyTheGovernanceServicesAdapterNamesAGovernanceServicesType()
    {
        // Plain ACS has no AGS classes; an always-loaded class naming one stops the repository from starting.
        noClasses().that().resideOutsideOfPackage("org.practicechallenge.repo.retention.governance..")
                .should().dependOnClassesThat().resideInAPackage("org.alfresco.module.org_alfresco_module_rm..")
                .check(classes);
    }

    @Test
    void nothingButItsFactoryReachesTheGovernanceServicesAdapter()
    {
        noClasses().that().resideOutsideOfPackage("org.practicechallenge.repo.retention.governance..")
                .should().dependOnClassesThat().resideInAPackage("org.practicechallenge.repo.retention.governance..")
                .check(classes);
    }

    @Test
    void noClassIsNamedManagerHelperOrUtil()
    {
        noClasses().that().resideInAPackage("org.practicechallenge..")
                .should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .check(classes);
    }
}
