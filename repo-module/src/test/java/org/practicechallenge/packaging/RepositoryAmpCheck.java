package org.practicechallenge.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The repository AMP as this module's build leaves it in {@code target/}, opened the way Alfresco's Module Management
 * Tool opens it ({@link MmtInstall}): a name MMT takes for an archive, {@code module.properties} at the root with what
 * MMT requires, every file where the default mapping puts it, and nothing in {@code lib/} that ACS 26's
 * {@code alfresco.war} already has (MMT halts on such a file without {@code -force}; with it, two versions of a
 * library). Runs after {@code package} (failsafe).
 */
class RepositoryAmpCheck
{
    private static final String MODULE_ID = "practice-challenge-repo";
    private static final Path TARGET = Path.of(System.getProperty("practicechallenge.build.directory", "target"));
    private static final String VERSION = System.getProperty("practicechallenge.module.version", "1.0.0-SNAPSHOT");
    private static final String BUILT = MODULE_ID + "-" + VERSION;

    @Test
    void theBuildLeavesAnAmpNamedAfterTheModuleThatMmtOpensAsAnArchive() throws IOException
    {
        Path amp = TARGET.resolve(BUILT + ".amp");
        assertThat(amp).as("the AMP in %s", TARGET).isRegularFile();
        assertThat(MmtInstall.opensAsArchive(amp.getFileName().toString())).as("MMT's archive detector (war|amp)").isTrue();
        try (Stream<Path> files = Files.list(TARGET))
        {
            assertThat(files.map(f -> f.getFileName().toString()).filter(name -> name.startsWith(BUILT + ".")))
                    .as("nothing else in target/ looks like the module's archive: MMT takes only .amp/.war for one")
                    .allMatch(name -> name.endsWith(".amp") || name.endsWith(".jar"));
        }
    }

    @Test
    void theJarIsNamedAfterTheModule()
    {
        assertThat(TARGET.resolve(BUILT + ".jar")).as("the platform JAR").isRegularFile();
        assertThat(TARGET.resolve("repo-module-" + VERSION + ".jar")).as("no JAR named after the Maven module").doesNotExist();
    }

    @Test
    void modulePropertiesSitAtTheAmpRootWithEverythingMmtRequires()
    {
        Map<String, byte[]> amp = amp();
        assertThat(amp).as("MMT reads <amp>/module.properties").containsKey(MmtInstall.MODULE_PROPERTIES);
        Properties module = AmpArchive.properties(amp.get(MmtInstall.MODULE_PROPERTIES));
        assertThat(MmtInstall.moduleDetailsProblems(module)).as("module.properties as MMT's ModuleDetailsImpl reads it").isEmpty();
        assertThat(module.getProperty("module.id")).isEqualTo(MODULE_ID);
        assertThat(module.getProperty("module.version")).as("filtered version").isEqualTo(VERSION);
        assertThat(module.getProperty("module.repo.version.min")).as("ACS range").isNotBlank();
        assertThat(amp).as("MMT writes module.properties itself; config/ must not carry a second one")
                .doesNotContainKey("config/alfresco/module/" + MODULE_ID + "/module.properties");
    }

    @Test
    void everyFileLandsWhereTheDefaultMappingPutsItAndAcsLoadsIt()
    {
        Map<String, byte[]> amp = amp();
        assertThat(amp).as("the default mapping (/config, /lib) suffices").doesNotContainKey(MmtInstall.FILE_MAPPING_PROPERTIES);

        MmtInstall.Plan plan = MmtInstall.plan(amp, java.util.Set.of());
        assertThat(plan.neverCopied()).as("AMP entries outside every MMT mapping are never installed").isEmpty();
        assertThat(plan.warPaths()).contains(
                "/WEB-INF/classes/alfresco/module/" + MODULE_ID + "/module-context.xml",
                "/WEB-INF/classes/alfresco/module/" + MODULE_ID + "/context/bootstrap-context.xml",
                "/WEB-INF/classes/alfresco/module/" + MODULE_ID + "/workflow/practice-challenge.bpmn20.xml",
                "/WEB-INF/classes/alfresco/extension/templates/webscripts/org/practicechallenge/diagram/challenge-diagram.get.desc.xml",
                "/WEB-INF/classes/alfresco/extension/templates/webscripts/org/practicechallenge/record.get.desc.xml",
                "/WEB-INF/lib/" + BUILT + ".jar");
        assertThat(plan.warPaths()).as("classes only inside lib/ JARs").noneMatch(path -> path.endsWith(".class"));
        assertThat(plan.warPaths()).filteredOn(path -> path.startsWith("/WEB-INF/lib/")).as("lib/ holds JARs only")
                .allMatch(path -> path.endsWith(".jar"));

        Map<String, byte[]> moduleJar = AmpArchive.entries(amp.get("lib/" + BUILT + ".jar"));
        assertThat(moduleJar.keySet()).as("the module's classes").contains("org/practicechallenge/protocol/EscalationPolicy.class");
        assertThat(moduleJar.keySet()).as("resources live once, in config/, not again in the module JAR")
                .noneMatch(name -> name.startsWith("alfresco/"));
    }

    /** The record PDF needs pdfbox, which alfresco.war lacks; its fontbox, pdfbox-io and commons-logging the war has. */
    @Test
    void libShipsPdfboxButNotTheLibrariesItNeedsThatAcsShips()
    {
        java.util.Set<String> lib = amp().keySet();
        assertThat(lib).contains("lib/pdfbox-3.0.5.jar");
        assertThat(lib).noneMatch(name -> name.matches("lib/(fontbox|pdfbox-io|commons-logging)-.*\\.jar"));
    }

    @Test
    void libShipsNoJarThatAlfrescoWarAlreadyHas()
    {
        AcsWarLibrary war = AcsWarLibrary.requirePresent();
        Map<String, byte[]> amp = amp();

        List<String> clashes = amp.keySet().stream().filter(name -> name.startsWith("lib/") && name.endsWith(".jar"))
                .flatMap(name -> war.clashes(name.substring("lib/".length())).stream()).toList();
        assertThat(clashes).as("lib/ against %s: ACS ships these, so they must be provided or excluded", war.file()).isEmpty();

        MmtInstall.Plan plan = MmtInstall.plan(amp, war.warPaths());
        assertThat(plan.overwrites()).as("files MMT would refuse to overwrite in alfresco.war (install halts without -force)")
                .isEmpty();
    }

    private static Map<String, byte[]> amp()
    {
        Path amp = TARGET.resolve(BUILT + ".amp");
        assertThat(amp).as("the AMP in %s", TARGET).isRegularFile();
        return AmpArchive.entries(amp);
    }
}
