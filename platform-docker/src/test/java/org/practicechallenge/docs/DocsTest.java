package org.practicechallenge.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The documentation stays true to the build: every module property is in the configuration reference, the committed
 * process diagrams were drawn from the BPMN as it is now, every role guide shows a diagram, and every local link in
 * the docs and the README leads somewhere.
 */
class DocsTest
{
    private static final Path ROOT = Path.of(System.getProperty("practicechallenge.root", ".."));
    private static final Path DOCS = Path.of(System.getProperty("practicechallenge.docs", "../docs"));
    private static final Path MODULE = Path.of(System.getProperty("practicechallenge.repo.resources",
            "../repo-module/src/main/resources/alfresco/module/practice-challenge-repo"));
    private static final List<String> GUIDES = List.of("case-worker.md", "conference-chair.md", "managers-and-directors.md",
            "records-manager.md", "administrator.md");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+)(#[^)]*)?\\)");

    @Test
    void everyModulePropertyIsInTheConfigurationReference() throws IOException
    {
        Properties defaults = new Properties();
        try (Reader in = Files.newBufferedReader(MODULE.resolve("alfresco-global.properties")))
        {
            defaults.load(in);
        }
        String reference = Files.readString(DOCS.resolve("configuration.md"));
        List<String> keys = defaults.stringPropertyNames().stream().filter(key -> key.startsWith("practicechallenge.")).sorted().toList();
        assertThat(keys).isNotEmpty();
        assertThat(keys).as("keys of %s missing from docs/configuration.md", MODULE.resolve("alfresco-global.properties"))
                .allMatch(key -> reference.contains("`" + key + "`"));
    }

    @Test
    void committedDiagramsWereDrawnFromTheCurrentBpmn() throws IOException
    {
        Properties hashes = new Properties();
        Path recorded = DOCS.resolve("diagrams").resolve(ProcessDiagrams.HASHES);
        assertThat(Files.isRegularFile(recorded)).as("%s", recorded).isTrue();
        try (Reader in = Files.newBufferedReader(recorded))
        {
            hashes.load(in);
        }
        String refresh = "docs/diagrams is stale: redraw it with "
                + "mvn -pl platform-docker -am package -DskipTests -Ddiagrams.output=$PWD/docs/diagrams";
        for (Path bpmn : ProcessDiagrams.bpmnFiles(MODULE.resolve("workflow")))
        {
            String png = ProcessDiagrams.diagramName(bpmn) + ".png";
            assertThat(DOCS.resolve("diagrams").resolve(png)).as(refresh).isRegularFile();
            assertThat(hashes.getProperty(png)).as("%s (%s)", refresh, bpmn.getFileName()).isEqualTo(ProcessDiagrams.sha256(bpmn));
        }
    }

    @Test
    void theGeneratorDrawsEveryProcessHeadless() throws IOException
    {
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of("target", "test-diagrams");
        List<Path> drawn = ProcessDiagrams.render(MODULE.resolve("workflow"), out);
        assertThat(drawn).hasSize(ProcessDiagrams.bpmnFiles(MODULE.resolve("workflow")).size()).isNotEmpty();
        for (Path png : drawn)
        {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
            assertThat(image.getWidth()).as("%s", png).isGreaterThan(400);
            assertThat(image.getHeight()).as("%s", png).isGreaterThan(150);
        }
    }

    @Test
    void everyRoleGuideShowsAProcessDiagram() throws IOException
    {
        for (String guide : GUIDES)
        {
            assertThat(Files.readString(DOCS.resolve(guide))).as(guide).containsPattern("!\\[[^]]*\\]\\(diagrams/[a-z-]+\\.png\\)");
        }
    }

    @Test
    void everyLocalLinkLeadsToAFile() throws IOException
    {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> docs = Files.list(DOCS))
        {
            docs.filter(page -> page.toString().endsWith(".md")).forEach(pages::add);
        }
        pages.add(ROOT.resolve("README.md"));
        for (Path page : pages)
        {
            Matcher link = LINK.matcher(Files.readString(page));
            while (link.find())
            {
                String target = link.group(1);
                if (target.matches("[a-z]+:.*"))
                {
                    continue;
                }
                assertThat(page.getParent().resolve(target).normalize()).as("link %s in %s", target, page).exists();
            }
        }
    }
}
