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
    private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^]]+\\]:\\s*<?([^\\s#>]+)");

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
    void noPageLinksOutsideTheRepository() throws IOException
    {
        Path root = ROOT.toAbsolutePath().normalize();
        for (Path page : markdownPages())
        {
            String text = Files.readString(page);
            assertThat(text).as("%s points at the team's shared folder, which a clone does not have", page)
                    .doesNotContain("../shared/docs");
            for (String target : localLinks(text))
            {
                Path resolved = page.getParent().resolve(target).toAbsolutePath().normalize();
                assertThat(!target.startsWith("/") && resolved.startsWith(root))
                        .as("link %s in %s leaves the repository (%s)", target, page, root).isTrue();
            }
        }
    }

    @Test
    void everyLocalLinkLeadsToAFile() throws IOException
    {
        for (Path page : markdownPages())
        {
            for (String target : localLinks(Files.readString(page)))
            {
                assertThat(page.getParent().resolve(target).normalize()).as("link %s in %s", target, page).exists();
            }
        }
    }

    @Test
    void theLinkCheckFindsEveryKindOfLink()
    {
        String page = "See [the brief](../shared/docs/protocol-brief.md#stages), ![a picture](diagrams/x.png),\n"
                + "[a site](https://example.org/page) and [a heading](#stages).\n[ref]: ../../elsewhere.md\n";
        assertThat(localLinks(page)).containsExactly("../shared/docs/protocol-brief.md", "diagrams/x.png", "../../elsewhere.md");
    }

    /** Every Markdown file in the repository except build output and hidden folders (.git, .ci's caches). */
    private static List<Path> markdownPages() throws IOException
    {
        Path root = ROOT.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root))
        {
            List<Path> pages = files.filter(file -> file.toString().endsWith(".md"))
                    .filter(file -> !skipped(root.relativize(file))).sorted().toList();
            assertThat(pages).as("Markdown pages under %s", ROOT).isNotEmpty();
            return pages;
        }
    }

    private static boolean skipped(Path relative)
    {
        for (Path part : relative)
        {
            String name = part.toString();
            if (name.equals("target") || name.equals("node_modules") || name.startsWith("."))
            {
                return true;
            }
        }
        return false;
    }

    /** Link targets that are files (inline links, images, reference definitions), without their #anchor. */
    static List<String> localLinks(String page)
    {
        List<String> targets = new ArrayList<>();
        for (Pattern pattern : List.of(LINK, REFERENCE))
        {
            Matcher link = pattern.matcher(page);
            while (link.find())
            {
                String target = link.group(1);
                if (!target.matches("[a-zA-Z][a-zA-Z+.-]*:.*"))
                {
                    targets.add(target);
                }
            }
        }
        return targets;
    }
}
