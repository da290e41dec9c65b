package org.practicechallenge.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** The module's shipped configuration and a clock-free calendar with the 2026 summer bank holiday. */
final class ProtocolFixture
{
    static final Instant MONDAY_24_AUGUST_2026 = Instant.parse("2026-08-24T08:00:00Z");

    private ProtocolFixture()
    {
    }

    static Map<String, String> moduleSettings()
    {
        Properties properties = new Properties();
        try (InputStream in = ProtocolFixture.class.getClassLoader()
                .getResourceAsStream("alfresco/module/practice-challenge-repo/alfresco-global.properties"))
        {
            properties.load(in);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> settings.put(k, properties.getProperty(k)));
        return settings;
    }

    static EscalationPolicy policy()
    {
        return policy(moduleSettings());
    }

    static EscalationPolicy policy(Map<String, String> settings)
    {
        return new EscalationPolicy(PartnershipSettings.from(settings),
                new WorkingDayCalendar(LocalDate.of(2026, 8, 31)::equals));
    }

    static ChallengeStart professionalDifference()
    {
        return new ChallengeStart("professionalDifference", null, null, null, null, "health", "socialCare", null,
                "assessment", null, "Assessment ignored the school's concerns.", null, null, null,
                "workspace://SpacesStore/case", "nurse1");
    }

    static ChallengeStart conferenceChallenge(Object stage, Boolean consulted)
    {
        return new ChallengeStart("conferenceChallenge", stage, consulted, null, null, "safeguardingUnit", "socialCare", null,
                "reportBelowStandard", null, "Report lacked analysis.", null, LocalDate.of(2026, 8, 20), null,
                "workspace://SpacesStore/case", "chair1");
    }

    static Discussion discussion()
    {
        return Discussion.atStage("meeting", "Met on 25 August.", "Plan lacks detail.", "Agreed to revise", null);
    }
}
