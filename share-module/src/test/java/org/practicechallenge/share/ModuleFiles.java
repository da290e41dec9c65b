package org.practicechallenge.share;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Where this module's sources, the repository module's models and Alfresco's reference data are. */
final class ModuleFiles
{
    static final Path RESOURCES = Paths.get("src/main/resources");
    static final Path WEB_EXTENSION = RESOURCES.resolve("alfresco/web-extension");
    static final Path SITE_WEBSCRIPTS = WEB_EXTENSION.resolve("site-webscripts");
    static final Path SHARE_CONFIG = RESOURCES.resolve("META-INF/share-config-custom.xml");
    static final Path SPRING_CONTEXT = WEB_EXTENSION.resolve("practice-challenge-share-slingshot-application-context.xml");
    static final Path BUNDLE = WEB_EXTENSION.resolve("messages/practice-challenge-share.properties");
    static final Path STATIC_RESOURCES = RESOURCES.resolve("META-INF/resources");
    static final Path DASHLET = SITE_WEBSCRIPTS.resolve("org/practicechallenge/components/dashlets");
    static final Path DASHLET_BUNDLE = DASHLET.resolve("escalations.get.properties");
    static final Path DASHLET_CLIENT = STATIC_RESOURCES.resolve("practice-challenge-share/components/dashlets");

    private ModuleFiles()
    {
    }

    /**
     * Alfresco's reference data (dictionary, Share's control templates and evaluator ids). The build passes
     * practicechallenge.alfresco.reference; when that folder is missing the shared folder beside the work
     * tree is tried. Tests that need it are skipped, naming the folders looked at, when neither exists.
     */
    static Path alfrescoReference()
    {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("practicechallenge.alfresco.reference");
        if (configured != null && !configured.isBlank())
        {
            candidates.add(Paths.get(configured));
        }
        candidates.add(Paths.get("../../shared/alfresco"));
        candidates.add(Paths.get("../shared/alfresco"));
        for (Path candidate : candidates)
        {
            if (Files.isDirectory(candidate.resolve("dictionary")))
            {
                return candidate.toAbsolutePath().normalize();
            }
        }
        assumeTrue(false, "Alfresco reference data not found (looked in " + candidates.stream()
            .map(p -> p.toAbsolutePath().normalize().toString()).collect(Collectors.joining(", "))
            + "); set -Dpracticechallenge.alfresco.reference to the shared/alfresco folder");
        return null;
    }

    /** The repository module's models (pc, pcwf), or null while they have not been written. */
    static Path repoModels()
    {
        Path dir = Paths.get(System.getProperty("practicechallenge.repo.models",
            "../repo-module/src/main/resources/alfresco/module/practice-challenge-repo/model"));
        return xmlFiles(dir).isEmpty() ? null : dir;
    }

    /** The repository module's BPMN folder, or null while it has none. */
    static Path repoWorkflows()
    {
        Path models = Paths.get(System.getProperty("practicechallenge.repo.models",
            "../repo-module/src/main/resources/alfresco/module/practice-challenge-repo/model"));
        Path dir = models.resolveSibling("workflow");
        return xmlFiles(dir).isEmpty() ? null : dir;
    }

    static List<Path> xmlFiles(Path dir)
    {
        if (!Files.isDirectory(dir))
        {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir))
        {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file)
    {
        try
        {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> lines(Path file)
    {
        return read(file).lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Properties properties(Path file)
    {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file))
        {
            properties.load(in);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static Document xml(Path file)
    {
        try
        {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(file.toFile());
        }
        catch (Exception e)
        {
            throw new IllegalStateException("Cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every descendant element of parent with the tag name, in document order. */
    static List<Element> elements(Node parent, String tag)
    {
        NodeList list = parent instanceof Document
            ? ((Document) parent).getElementsByTagName(tag)
            : ((Element) parent).getElementsByTagName(tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++)
        {
            result.add((Element) list.item(i));
        }
        return result;
    }

    /** Direct children of parent with the tag name. */
    static List<Element> children(Element parent, String tag)
    {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling())
        {
            if (child instanceof Element && ((Element) child).getTagName().equals(tag))
            {
                result.add((Element) child);
            }
        }
        return result;
    }

    static List<Path> filesUnder(Path dir, String suffix)
    {
        try (Stream<Path> files = Files.walk(dir))
        {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }
}
