package org.practicechallenge.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every web script descriptor of the module is one that surf-webscripts registers. Surf reads {@code <format>} as
 * {@code DescriptionImpl.parseDocument} does (no element or no {@code default} attribute: "html"; {@code default=""}:
 * no default format; the element's text is the format style, {@code any}, {@code argument} or {@code extension}), and
 * {@code DeclarativeRegistry} refuses a descriptor whose default format the format registry does not know
 * ("Default format 'png' is unknown"): the script is never registered and its URL answers 404.
 */
class WebScriptDescriptorsTest
{
    private static final Path RESOURCES = Path.of("src/main/resources");

    /**
     * Formats known without a user agent ({@code DeclarativeRegistry} asks {@code FormatRegistry.getMimeType(null,
     * default)}): the {@code webscripts.formats} bean in surf-webscripts'
     * {@code spring-webscripts/.../org/springframework/extensions/webscripts/spring-webscripts-application-context.xml}.
     * ACS adds only {@code webscripts.formats.IE} ({@code remote-api/.../alfresco/web-scripts-application-context.xml}),
     * whose agent is MSIE, so it adds no format here. No image format is among them: ACS's own workflow diagram script
     * ({@code workflow-instance-diagram.get.desc.xml}) declares {@code <format default="">argument</format>} and its
     * Java sets the content type.
     */
    static final Set<String> SURF_FORMATS = Set.of("html", "text", "xml", "xsd", "atom", "atomentry", "atomfeed", "atomsvc",
            "rss", "json", "opensearchdescription", "mediawiki", "fbml", "php", "js", "calendar", "csv", "xls", "xlsx");

    /** Description.FormatStyle. */
    private static final Set<String> FORMAT_STYLES = Set.of("any", "argument", "extension");

    @Test
    void everyDescriptorDeclaresADefaultFormatSurfKnows() throws Exception
    {
        Map<Path, Format> formats = descriptors();
        assertThat(formats).as("web script descriptors under %s", RESOURCES.toAbsolutePath()).isNotEmpty();

        List<String> refused = new ArrayList<>();
        formats.forEach((descriptor, format) ->
        {
            if (format.defaultFormat() != null && !SURF_FORMATS.contains(format.defaultFormat()))
            {
                refused.add(RESOURCES.relativize(descriptor) + ": Default format '" + format.defaultFormat() + "' is unknown");
            }
            if (!format.style().isEmpty() && !FORMAT_STYLES.contains(format.style()))
            {
                refused.add(RESOURCES.relativize(descriptor) + ": Format Style '" + format.style() + "' is not a valid value");
            }
        });
        assertThat(refused).as("descriptors surf-webscripts refuses to register").isEmpty();
    }

    @Test
    void theDiagramDeclaresItsFormatAsAcsOwnDiagramScriptDoes() throws Exception
    {
        Path diagram = RESOURCES.resolve(
                "alfresco/extension/templates/webscripts/org/practicechallenge/diagram/challenge-diagram.get.desc.xml");
        assertThat(format(diagram)).as("no default format (the Java sets image/png), format chosen by argument only")
                .isEqualTo(new Format(null, "argument"));
    }

    @Test
    void readsFormatsAsSurfDoes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception
    {
        assertThat(format(write(dir, "a", "<webscript><url>/a</url></webscript>"))).isEqualTo(new Format("html", ""));
        assertThat(format(write(dir, "b", "<webscript><format>argument</format></webscript>"))).isEqualTo(new Format("html", "argument"));
        assertThat(format(write(dir, "c", "<webscript><format default=\"png\"/></webscript>"))).isEqualTo(new Format("png", ""));
        assertThat(format(write(dir, "d", "<webscript><format default=\"\">any</format></webscript>"))).isEqualTo(new Format(null, "any"));
    }

    /** The default format (null: none) and the format style text ("" when not given) of one descriptor. */
    record Format(String defaultFormat, String style)
    {
    }

    private static Map<Path, Format> descriptors() throws Exception
    {
        Map<Path, Format> formats = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(RESOURCES))
        {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".desc.xml")).toList())
            {
                formats.put(file, format(file));
            }
        }
        return formats;
    }

    private static Format format(Path descriptor) throws Exception
    {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile()).getDocumentElement();
        Element format = null;
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength() && format == null; i++)
        {
            if (children.item(i) instanceof Element child && child.getTagName().equals("format"))
            {
                format = child;
            }
        }
        if (format == null)
        {
            return new Format("html", "");
        }
        String defaultFormat = format.hasAttribute("default") ? format.getAttribute("default") : "html";
        return new Format(defaultFormat.isEmpty() ? null : defaultFormat, format.getTextContent().trim());
    }

    private static Path write(Path dir, String name, String xml) throws IOException
    {
        return Files.writeString(dir.resolve(name + ".get.desc.xml"), xml);
    }
}
