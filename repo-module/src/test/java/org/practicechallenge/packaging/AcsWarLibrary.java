package org.practicechallenge.packaging;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The jars in ACS 26's {@code alfresco.war} {@code WEB-INF/lib}, from Alfresco's reference data
 * ({@code acs-26-war-lib.txt}: one {@code <artifact> <version>} a line, resolved from alfresco-community-repo's
 * {@code packaging/war}). The folder is {@value #PROPERTY} (set by the build), or {@code ../shared/alfresco} beside the
 * project; a test that needs it is skipped, naming the file looked for, when it is absent.
 */
public final class AcsWarLibrary
{
    public static final String PROPERTY = "practicechallenge.alfresco.reference";
    public static final String FILE = "acs-26-war-lib.txt";

    /** One jar of the war: its artifact name and version, so its file is {@code <artifact>-<version>.jar}. */
    public record Jar(String artifact, String version)
    {
        public String fileName()
        {
            return artifact + "-" + version + ".jar";
        }
    }

    private final Path file;
    private final List<Jar> jars;

    private AcsWarLibrary(Path file, List<Jar> jars)
    {
        this.file = file;
        this.jars = jars;
    }

    /** The war list, or a skipped test whose message names the file looked for. */
    public static AcsWarLibrary requirePresent()
    {
        String configured = System.getProperty(PROPERTY);
        boolean usable = configured != null && !configured.isBlank() && !configured.contains("${");
        // Tests run in the module's folder; the project root is its parent, shared/ sits beside the project.
        Path folder = usable ? Path.of(configured) : Path.of("..", "..", "shared", "alfresco");
        Path file = folder.resolve(FILE).toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(file), () -> "Alfresco reference data not found: no " + file
                + " (set -D" + PROPERTY + "=<folder holding " + FILE + ">)");
        return read(file);
    }

    static AcsWarLibrary read(Path file)
    {
        try
        {
            List<Jar> jars = new ArrayList<>();
            for (String line : Files.readAllLines(file))
            {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#"))
                {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                if (parts.length != 2)
                {
                    throw new IllegalStateException("unexpected line in " + file + ": " + line);
                }
                jars.add(new Jar(parts[0], parts[1]));
            }
            if (jars.isEmpty())
            {
                throw new IllegalStateException(file + " lists no jars");
            }
            return new AcsWarLibrary(file, List.copyOf(jars));
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    public Path file()
    {
        return file;
    }

    public List<Jar> jars()
    {
        return jars;
    }

    /** The war paths of ACS's jars, as MMT sees them: {@code /WEB-INF/lib/<artifact>-<version>.jar}. */
    public Set<String> warPaths()
    {
        Set<String> paths = new TreeSet<>();
        jars.forEach(jar -> paths.add("/WEB-INF/lib/" + jar.fileName()));
        return paths;
    }

    /**
     * Why a jar of that file name must not go into ACS's {@code WEB-INF/lib}: the same file as one ACS ships (MMT
     * halts on it), or another version of a library ACS ships (two copies of its classes). Empty when neither.
     */
    public List<String> clashes(String jarFileName)
    {
        List<String> clashes = new ArrayList<>();
        for (Jar jar : jars)
        {
            if (jarFileName.equals(jar.fileName()))
            {
                clashes.add(jarFileName + " is the very file alfresco.war ships (/WEB-INF/lib/" + jar.fileName() + ")");
            }
            else if (isArtifact(jarFileName, jar.artifact()))
            {
                clashes.add(jarFileName + " is another version of " + jar.artifact() + " " + jar.version()
                        + ", which alfresco.war ships as " + jar.fileName());
            }
        }
        return clashes;
    }

    /** {@code <artifact>-<version>.jar} whose version starts with a digit: {@code jaxb-core-4.0.5.jar} is jaxb-core. */
    private static boolean isArtifact(String jarFileName, String artifact)
    {
        String prefix = artifact + "-";
        return jarFileName.endsWith(".jar") && jarFileName.startsWith(prefix) && jarFileName.length() > prefix.length()
                && Character.isDigit(jarFileName.charAt(prefix.length()));
    }
}
