package org.practicechallenge.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Opens each built AMP the way Alfresco's Module Management Tool reads it ({@link MmtInstall}, from repo-module's test
 * helpers) and checks what MMT would install with its default mapping ({@code /config -> /WEB-INF/classes},
 * {@code /lib -> /WEB-INF/lib}, {@code /web/...}): an archive name MMT opens, the module's identity at the root,
 * configuration under config/, JARs under lib/, nothing Alfresco already has, no test code and no demo data.
 */
class AmpLayoutCheck
{
    private static final Path AMPS = Path.of(System.getProperty("practicechallenge.amps.dir", "target/amps"));
    private static final Path ROOT = Path.of(System.getProperty("practicechallenge.root", ".."));
    private static final String VERSION = System.getProperty("practicechallenge.module.version", "1.0.0-SNAPSHOT");
    private static final Map<String, String> MODULES = Map.of("practice-challenge-repo", "repo-module",
            "practice-challenge-share", "share-module");

    /** Libraries ACS 23.x-26.x and Share ship themselves, checked even without the war list. */
    private static final Pattern ACS_OWN_LIBRARY = Pattern.compile(
            "lib/(jakarta\\.xml\\.bind-api|jakarta\\.activation-api|jaxb-runtime|jaxb-core|txw2|istack-commons-runtime"
                    + "|angus-activation|slf4j-api|jspecify|activiti-.*|alfresco-api|alfresco-ags-api|spring-.*)-[^/]*\\.jar");
    /** Test classes by naming convention, plus every class of the modules' own src/test/java (harnesses, fakes). */
    private static final Pattern TEST_CLASS = Pattern.compile(".*(Test|Tests|IT|TestCase)(\\$.*)?\\.class");
    private static final Set<String> MODULE_TEST_CLASSES = testClassFiles();

    @Test
    void eachModuleBuildLeavesAnAmpNamedAfterTheModuleThatMmtOpens() throws IOException
    {
        for (Map.Entry<String, String> module : MODULES.entrySet())
        {
            String name = module.getKey() + "-" + VERSION + ".amp";
            Path built = ROOT.resolve(module.getValue()).resolve("target").resolve(name);
            assertThat(built).as("%s's AMP", module.getValue()).isRegularFile();
            assertThat(MmtInstall.opensAsArchive(built.getFileName().toString())).as("MMT's archive detector (war|amp)").isTrue();
            assertThat(Files.mismatch(built, AMPS.resolve(name))).as("target/amps/%s is the module's own AMP", name).isEqualTo(-1L);
            assertThat(ROOT.resolve(module.getValue()).resolve("target").resolve(module.getKey() + "-" + VERSION + ".zip"))
                    .as("no zip left for admins to hand to MMT").doesNotExist();
        }
    }

    @Test
    void repositoryAmpHasModulePropertiesConfigAndLib()
    {
        Map<String, byte[]> amp = amp("practice-challenge-repo");

        Properties module = moduleProperties(amp, "practice-challenge-repo");
        assertThat(module.getProperty("module.repo.version.min")).as("ACS range").isNotBlank();

        MmtInstall.Plan plan = MmtInstall.plan(amp, Set.of());
        assertThat(plan.warPaths()).as("what MMT installs into WEB-INF/classes").contains(
                "/WEB-INF/classes/alfresco/module/practice-challenge-repo/module-context.xml",
                "/WEB-INF/classes/alfresco/module/practice-challenge-repo/alfresco-global.properties",
                "/WEB-INF/classes/alfresco/module/practice-challenge-repo/context/bootstrap-context.xml",
                "/WEB-INF/classes/alfresco/module/practice-challenge-repo/model/practice-challenge-model.xml",
                "/WEB-INF/classes/alfresco/module/practice-challenge-repo/workflow/practice-challenge.bpmn20.xml",
                "/WEB-INF/classes/alfresco/module/practice-challenge-repo/workflow/cin-step-down-check.bpmn20.xml");
        assertThat(amp).as("MMT writes module.properties itself; config/ must not carry a second one")
                .doesNotContainKey("config/alfresco/module/practice-challenge-repo/module.properties");
        assertThat(amp.keySet()).as("classes belong in lib/ JARs, not loose in config/")
                .noneMatch(name -> name.startsWith("config/") && name.endsWith(".class"));

        String moduleJar = "lib/practice-challenge-repo-" + VERSION + ".jar";
        assertThat(amp).as("the module's classes").containsKey(moduleJar);
        Map<String, byte[]> classes = AmpArchive.entries(amp.get(moduleJar));
        assertThat(classes.keySet()).as("protocol, workflow and adapters compiled into the module JAR")
                .contains("org/practicechallenge/protocol/EscalationPolicy.class",
                        "org/practicechallenge/workflow/ChallengeOpening.class");
        assertThat(classes.keySet()).as("resources live once, in config/, not again in the module JAR")
                .noneMatch(name -> name.startsWith("alfresco/"));
        classes.forEach((name, bytes) ->
        {
            if (name.endsWith(".class"))
            {
                assertThat(AmpArchive.classMajorVersion(bytes)).as("%s runs on ACS 23.x (Java 17)", name).isLessThanOrEqualTo(61);
            }
        });

        assertThat(amp.keySet()).as("Jollyday and what it needs that ACS lacks")
                .anyMatch(name -> name.matches("lib/jollyday-core-.*\\.jar"))
                .anyMatch(name -> name.matches("lib/jollyday-jaxb-.*\\.jar"))
                .anyMatch(name -> name.matches("lib/threeten-extra-.*\\.jar"));

        assertLayoutRules(amp);
    }

    @Test
    void shareAmpHasModulePropertiesAndTheShareJar()
    {
        Map<String, byte[]> amp = amp("practice-challenge-share");

        moduleProperties(amp, "practice-challenge-share");
        List<String> jars = amp.keySet().stream().filter(name -> name.startsWith("lib/") && name.endsWith(".jar")).toList();
        assertThat(jars).as("Share loads META-INF/share-config-custom.xml and META-INF/resources only from JARs")
                .containsExactly("lib/practice-challenge-share-" + VERSION + ".jar");
        Map<String, byte[]> jar = AmpArchive.entries(amp.get(jars.get(0)));
        assertThat(jar.keySet()).contains("META-INF/share-config-custom.xml",
                "alfresco/web-extension/practice-challenge-share-slingshot-application-context.xml");
        assertThat(jar.keySet()).anyMatch(name -> name.startsWith("META-INF/resources/practice-challenge-share/"));
        assertThat(MmtInstall.plan(amp, Set.of()).warPaths()).as("what MMT installs into share.war")
                .containsExactly("/WEB-INF/lib/practice-challenge-share-" + VERSION + ".jar");

        assertLayoutRules(amp);
    }

    /**
     * Neither AMP ships a jar that ACS's war already has: MMT halts on the first such file without {@code -force}, and
     * another version of the same library gives Tomcat two copies. There is no list of share.war's jars, so the Share
     * AMP is held to the repository's list (Share ships the same Spring, JAXB and SLF4J jars).
     */
    @Test
    void neitherAmpShipsAJarThatAlfrescoWarHas()
    {
        AcsWarLibrary war = AcsWarLibrary.requirePresent();
        List<String> clashes = new ArrayList<>();
        for (String moduleId : MODULES.keySet())
        {
            Map<String, byte[]> amp = amp(moduleId);
            amp.keySet().stream().filter(name -> name.startsWith("lib/") && name.endsWith(".jar"))
                    .forEach(name -> war.clashes(name.substring("lib/".length())).forEach(clash -> clashes.add(moduleId + ": " + clash)));
            MmtInstall.plan(amp, war.warPaths()).overwrites()
                    .forEach(path -> clashes.add(moduleId + ": MMT halts, the amp would overwrite " + path));
        }
        assertThat(clashes).as("AMP lib/ against %s", war.file()).isEmpty();
    }

    /** The rules both AMPs share. */
    private static void assertLayoutRules(Map<String, byte[]> amp)
    {
        assertThat(MmtInstall.plan(amp, Set.of()).neverCopied()).as("entries MMT's default mapping never installs").isEmpty();
        assertThat(amp.keySet()).as("lib/ holds JARs only").filteredOn(name -> name.startsWith("lib/"))
                .allMatch(name -> name.endsWith(".jar"));
        assertThat(amp.keySet()).as("libraries ACS or Share already ship").noneMatch(name -> ACS_OWN_LIBRARY.matcher(name).matches());
        if (amp.keySet().stream().noneMatch(name -> name.startsWith("web/")))
        {
            assertThat(amp).as("the default mapping suffices without web/").doesNotContainKey(MmtInstall.FILE_MAPPING_PROPERTIES);
        }

        amp.forEach((name, bytes) ->
        {
            Set<String> inside = name.endsWith(".jar") ? AmpArchive.entries(bytes).keySet() : Set.of(name);
            assertThat(inside).as("no compile-only Alfresco declarations (alfresco-api) in %s", name)
                    .noneMatch(entry -> entry.startsWith("org/alfresco/") || entry.startsWith("org/springframework/extensions/"));
            if (name.contains("practice-challenge"))
            {
                assertThat(inside).as("no test classes in %s", name).noneMatch(entry -> TEST_CLASS.matcher(entry).matches()
                        || MODULE_TEST_CLASSES.contains(entry.replaceAll("\\$.*\\.class$", ".class")));
            }
        });
        assertThat(amp.entrySet()).as("no demo data in the module (that belongs to the local stack's bootstrap)")
                .filteredOn(entry -> !entry.getKey().endsWith(".jar") || entry.getKey().contains("practice-challenge"))
                .noneMatch(entry -> AmpArchive.text(entry.getValue()).contains("DEMO-0001")
                        || AmpArchive.text(entry.getValue()).contains("practice-challenge-demo"));
    }

    /** org/x/Y.class for every org/x/Y.java under repo-module and share-module src/test/java. */
    private static Set<String> testClassFiles()
    {
        Set<String> classes = new java.util.HashSet<>();
        for (String module : List.of("repo-module", "share-module"))
        {
            Path tests = ROOT.resolve(module).resolve("src/test/java");
            if (!Files.isDirectory(tests))
            {
                continue;
            }
            try (java.util.stream.Stream<Path> files = Files.walk(tests))
            {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> classes.add(
                        tests.relativize(f).toString().replace(java.io.File.separatorChar, '/').replaceAll("\\.java$", ".class")));
            }
            catch (IOException e)
            {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertThat(classes).as("test sources found under %s", ROOT).isNotEmpty();
        return classes;
    }

    private static Map<String, byte[]> amp(String moduleId)
    {
        Path amp = AMPS.resolve(moduleId + "-" + VERSION + ".amp");
        assertThat(Files.isRegularFile(amp)).as("built AMP %s", amp).isTrue();
        return AmpArchive.entries(amp);
    }

    private static Properties moduleProperties(Map<String, byte[]> amp, String moduleId)
    {
        assertThat(amp).as("module.properties at the AMP root, where MMT reads it").containsKey(MmtInstall.MODULE_PROPERTIES);
        Properties module = AmpArchive.properties(amp.get(MmtInstall.MODULE_PROPERTIES));
        assertThat(MmtInstall.moduleDetailsProblems(module)).as("module.properties as MMT's ModuleDetailsImpl reads it").isEmpty();
        assertThat(module.getProperty("module.id")).isEqualTo(moduleId);
        assertThat(module.getProperty("module.version")).as("filtered version").isEqualTo(VERSION);
        return module;
    }
}
