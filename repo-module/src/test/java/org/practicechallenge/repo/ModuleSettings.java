package org.practicechallenge.repo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.practicechallenge.protocol.PartnershipSettings;

/** The partnership as the module ships it: five agencies, their groups, Europe/London. */
public final class ModuleSettings
{
    private ModuleSettings()
    {
    }

    public static Properties properties()
    {
        Properties properties = new Properties();
        try (InputStream in = ModuleSettings.class.getClassLoader()
                .getResourceAsStream("alfresco/module/practice-challenge-repo/alfresco-global.properties"))
        {
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
