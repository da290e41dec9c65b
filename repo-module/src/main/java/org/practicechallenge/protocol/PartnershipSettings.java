package org.practicechallenge.protocol;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Everything a partnership configures: agencies and their groups, timescales, the CiN check (when, and which agencies
 * a resulting challenge is between unless the chair says otherwise), the time zone.
 */
public record PartnershipSettings(AgencyDirectory agencies, TimescaleSchedule timescales, int cinCheckWeeks,
        String chairAgency, String cinPlanningAgency, ZoneId zone)
{
    public static PartnershipSettings from(Map<String, String> settings)
    {
        AgencyDirectory agencies = AgencyDirectory.from(settings);
        return new PartnershipSettings(
                agencies,
                TimescaleSchedule.from(settings),
                weeks("practicechallenge.cinCheck.weeksAfterConference", settings),
                agency("practicechallenge.conference.chairAgency", "safeguardingUnit", settings, agencies),
                agency("practicechallenge.cinCheck.respondingAgency", "socialCare", settings, agencies),
                zone("practicechallenge.timezone", settings));
    }

    private static String agency(String key, String fallback, Map<String, String> settings, AgencyDirectory agencies)
    {
        return agencies.agency(key, settings.getOrDefault(key, fallback).trim()).code();
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
