package org.practicechallenge.docs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.activiti.bpmn.converter.BpmnXMLConverter;
import org.activiti.bpmn.model.BpmnModel;
import org.activiti.image.impl.DefaultProcessDiagramGenerator;

/**
 * Draws each shipped BPMN process as a PNG with Activiti's own diagram generator (the one ACS's engine uses for its
 * workflow images), headless, and records the SHA-256 of each BPMN the pictures were drawn from.
 *
 * <p>Run by the platform-docker build at prepare-package into {@code target/docs/diagrams}. The committed copies in
 * {@code docs/diagrams} are refreshed with {@code -Ddiagrams.output=<repo>/docs/diagrams}; {@code DiagramsCheck}
 * fails the build when a BPMN changed and they were not.
 */
public final class ProcessDiagrams
{
    public static final String HASHES = "source-hashes.properties";
    private static final String SUFFIX = ".bpmn20.xml";

    private ProcessDiagrams()
    {
    }

    public static void main(String[] args) throws Exception
    {
        if (args.length != 2)
        {
            throw new IllegalArgumentException("usage: ProcessDiagrams <folder of *.bpmn20.xml> <output folder>");
        }
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of(args[1]);
        for (Path png : render(Path.of(args[0]), out))
        {
            System.out.println("[diagrams] " + png);
        }
    }

    /** Renders every process of {@code workflows} into {@code out} and writes the source hashes beside them. */
    public static List<Path> render(Path workflows, Path out) throws IOException
    {
        Files.createDirectories(out);
        Map<String, String> hashes = new TreeMap<>();
        List<Path> sources = bpmnFiles(workflows);
        List<Path> written = new java.util.ArrayList<>();
        for (Path bpmn : sources)
        {
            String name = diagramName(bpmn);
            Path png = out.resolve(name + ".png");
            writePng(read(bpmn), Collections.emptyList(), png);
            hashes.put(name + ".png", sha256(bpmn));
            written.add(png);
        }
        StringBuilder text = new StringBuilder("# SHA-256 of the BPMN each diagram was drawn from (written by ProcessDiagrams)\n");
        hashes.forEach((png, hash) -> text.append(png).append('=').append(hash).append('\n'));
        Files.writeString(out.resolve(HASHES), text, StandardCharsets.UTF_8);
        return written;
    }

    public static List<Path> bpmnFiles(Path workflows) throws IOException
    {
        try (Stream<Path> files = Files.list(workflows))
        {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    /** {@code practice-challenge.bpmn20.xml} becomes {@code practice-challenge}. */
    public static String diagramName(Path bpmn)
    {
        String file = bpmn.getFileName().toString();
        return file.substring(0, file.length() - SUFFIX.length());
    }

    public static BpmnModel read(Path bpmn) throws IOException
    {
        try (InputStream in = Files.newInputStream(bpmn))
        {
            XMLStreamReader reader = XMLInputFactory.newInstance().createXMLStreamReader(in);
            return new BpmnXMLConverter().convertToBpmnModel(reader);
        }
        catch (XMLStreamException e)
        {
            throw new IOException("cannot read " + bpmn + ": " + e.getMessage(), e);
        }
    }

    static void writePng(BpmnModel model, List<String> highlighted, Path png) throws IOException
    {
        try (InputStream image = new DefaultProcessDiagramGenerator().generateDiagram(model, "png", highlighted,
                Collections.emptyList(), "SansSerif", "SansSerif", "SansSerif", null, 1.0))
        {
            BufferedImage picture = ImageIO.read(image);
            if (picture == null)
            {
                throw new IOException("Activiti produced no image for " + png.getFileName());
            }
            ImageIO.write(picture, "png", png.toFile());
        }
    }

    public static String sha256(Path file)
    {
        try
        {
            // Line endings do not change a process: hash the text with \n only, so a Windows checkout agrees.
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
        catch (NoSuchAlgorithmException e)
        {
            throw new IllegalStateException(e);
        }
    }
}
