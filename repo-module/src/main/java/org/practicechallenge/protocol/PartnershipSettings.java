package org.practicechallenge.protocol;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Everything a partnership configures: agencies and their groups, timescales, the CiN check, the time zone. */
public record PartnershipSettings(AgencyDirectory agencies, TimescaleSchedule timescales, int cinCheckWeeks, ZoneId zone)
{
    public static PartnershipSettings from(Map<String, String> settings)
    {
        return new PartnershipSettings(
                AgencyDirectory.from(settings),
                TimescaleSchedule.from(settings),
                weeks("practicechallenge.cinCheck.weeksAfterConference", settings),
                zone("practicechallenge.timezone", settings));
    }

    /** Alfresco's {@code global-properties} bean is a {@link Properties}. */
    public static PartnershipSettings fromProperties(Properties properties)
    {
        Map<String, String> settings = new HashMap<>();
        for (String key : properties.stringPropertyNames())
        {
            settings.put(key, properties.getProperty(key));
        }
        return from(settings);
    }

    private static int weeks(String key, Map<String, String> settings)
    {
        String value = settings.getOrDefault(key, "6").trim();
        try
        {
            int weeks = Integer.parseInt(value);
            if (weeks >= 1 && weeks <= 52)
            {
                return weeks;
            }
        }
        catch (NumberFormatException notANumber)
        {
            // reported below
        }
        throw new ProtocolViolation(key, "'" + value + "' is not a number of weeks from 1 to 52");
    }

    private static ZoneId zone(String key, Map<String, String> settings)
    {
        String value = settings.getOrDefault(key, "Europe/London").trim();
        try
        {
            return ZoneId.of(value);
        }
        catch (DateTimeException unknown)
        {
            throw new ProtocolViolation(key, "'" + value + "' is not a time zone such as Europe/London");
        }
    }
}
