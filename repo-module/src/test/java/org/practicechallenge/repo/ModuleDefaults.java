package org.practicechallenge.repo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.practicechallenge.protocol.PartnershipSettings;

/** The module's shipped alfresco-global.properties, as Alfresco's global-properties bean would hold them. */
public final class ModuleDefaults
{
    public static final String FILE = "alfresco/module/practice-challenge-repo/alfresco-global.properties";

    private ModuleDefaults()
    {
    }

    public static Properties properties()
    {
        Properties properties = new Properties();
        try (InputStream in = ModuleDefaults.class.getClassLoader().getResourceAsStream(FILE))
        {
            if (in == null)
            {
                throw new IllegalStateException("no " + FILE + " on the classpath");
            }
            properties.load(in);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public static PartnershipSettings partnership()
    {
        return PartnershipSettings.fromProperties(properties());
    }
}
