package org.practicechallenge.packaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads a zip (AMP or JAR), nested JARs included, with java.util.zip only. Shared with platform-docker's checks (test-jar). */
public final class AmpArchive
{
    private AmpArchive()
    {
    }

    /** Every file entry of the archive, name to bytes (directories left out). */
    public static Map<String, byte[]> entries(Path archive)
    {
        try (InputStream in = Files.newInputStream(archive))
        {
            return entries(in);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException("cannot read " + archive, e);
        }
    }

    public static Map<String, byte[]> entries(byte[] archive)
    {
        try
        {
            return entries(new ByteArrayInputStream(archive));
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> entries(InputStream in) throws IOException
    {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in))
        {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry())
            {
                if (!entry.isDirectory())
                {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        return entries;
    }

    public static Properties properties(byte[] bytes)
    {
        Properties properties = new Properties();
        try
        {
            properties.load(new java.io.InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1));
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Class file major version (61 = Java 17). */
    public static int classMajorVersion(byte[] classFile)
    {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    public static String text(byte[] bytes)
    {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
