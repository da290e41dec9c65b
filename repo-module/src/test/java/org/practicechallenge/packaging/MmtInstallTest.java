package org.practicechallenge.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay of MMT's install and the war-list comparison that the packaging checks rely on, on made-up AMPs. */
class MmtInstallTest
{
    @Test
    void onlyAmpAndWarNamesAreArchivesToMmt()
    {
        assertThat(MmtInstall.opensAsArchive("practice-challenge-repo-1.0.amp")).isTrue();
        assertThat(MmtInstall.opensAsArchive("alfresco.war")).isTrue();
        assertThat(MmtInstall.opensAsArchive("practice-challenge-repo-1.0.zip")).isFalse();
        assertThat(MmtInstall.opensAsArchive("practice-challenge-repo-1.0.jar")).isFalse();
    }

    @Test
    void aJarTheWarAlreadyHasIsAnOverwriteMmtHaltsOn()
    {
        Map<String, byte[]> amp = amp("module.properties", "lib/jspecify-1.0.0.jar", "lib/mine-1.0.jar",
                "config/alfresco/module/mine/module-context.xml");
        MmtInstall.Plan plan = MmtInstall.plan(amp, Set.of("/WEB-INF/lib/jspecify-1.0.0.jar"));
        assertThat(plan.overwrites()).containsExactly("/WEB-INF/lib/jspecify-1.0.0.jar");
        assertThat(plan.warPaths()).containsExactlyInAnyOrder("/WEB-INF/lib/jspecify-1.0.0.jar", "/WEB-INF/lib/mine-1.0.jar",
                "/WEB-INF/classes/alfresco/module/mine/module-context.xml");
        assertThat(plan.neverCopied()).isEmpty();
    }

    @Test
    void filesOutsideEveryMappingAreNeverInstalled()
    {
        Map<String, byte[]> amp = amp("module.properties", "alfresco/module/mine/module-context.xml", "readme.txt",
                "web/jsp/page.jsp", "web/other/x.js");
        MmtInstall.Plan plan = MmtInstall.plan(amp, Set.of());
        assertThat(plan.neverCopied()).containsExactly("alfresco/module/mine/module-context.xml", "readme.txt", "web/other/x.js");
        assertThat(plan.warPaths()).containsExactly("/jsp/page.jsp");
    }

    @Test
    void aCustomMappingReplacesOrExtendsTheDefault()
    {
        Map<String, byte[]> amp = amp("lib/a.jar", "web/other/x.js");
        amp.put("file-mapping.properties", "/web/other=/other\ninclude.default=false\n".getBytes(StandardCharsets.ISO_8859_1));
        MmtInstall.Plan plan = MmtInstall.plan(amp, Set.of());
        assertThat(plan.warPaths()).containsExactly("/other/x.js");
        assertThat(plan.neverCopied()).containsExactly("lib/a.jar");

        amp.put("file-mapping.properties", "/web/other=/other\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(MmtInstall.plan(amp, Set.of()).warPaths()).containsExactly("/WEB-INF/lib/a.jar", "/other/x.js");
    }

    @Test
    void moduleDetailsAsMmtRequiresThem()
    {
        Properties module = new Properties();
        module.setProperty("module.id", "practice challenge");
        module.setProperty("module.version", "1.0");
        module.setProperty("module.repo.version.min", "23.1-SNAPSHOT");
        assertThat(MmtInstall.moduleDetailsProblems(module)).containsExactlyInAnyOrder("missing module.title",
                "missing module.description",
                "module id 'practice challenge' has characters other than letters, digits, '.', '_' and '-'",
                "module.repo.version.min=23.1-SNAPSHOT is not a version MMT can parse");

        module.setProperty("module.id", "practice-challenge_repo.x");
        module.setProperty("module.title", "t");
        module.setProperty("module.description", "d");
        module.setProperty("module.repo.version.min", "23.1");
        assertThat(MmtInstall.moduleDetailsProblems(module)).isEmpty();
    }

    @Test
    void theWarListMatchesTheSameFileAndAnotherVersionOfTheSameArtifact(@TempDir Path dir) throws IOException
    {
        Path list = dir.resolve(AcsWarLibrary.FILE);
        Files.writeString(list, "# comment\njspecify 1.0.0\njaxb-core 4.0.5\nspring-core 7.0.2\n");
        AcsWarLibrary war = AcsWarLibrary.read(list);

        assertThat(war.warPaths()).contains("/WEB-INF/lib/jspecify-1.0.0.jar");
        assertThat(war.clashes("jspecify-1.0.0.jar")).singleElement().asString().contains("very file");
        assertThat(war.clashes("jaxb-core-4.0.2.jar")).singleElement().asString().contains("another version of jaxb-core 4.0.5");
        assertThat(war.clashes("jollyday-core-2.19.0.jar")).isEmpty();
        assertThat(war.clashes("spring-core-extras-1.0.jar")).as("a different artifact that only starts alike").isEmpty();
        assertThat(war.clashes("jaxb-core.jar")).isEmpty();
    }

    private static Map<String, byte[]> amp(String... names)
    {
        Map<String, byte[]> amp = new LinkedHashMap<>();
        for (String name : List.of(names))
        {
            amp.put(name, new byte[0]);
        }
        return amp;
    }
}
