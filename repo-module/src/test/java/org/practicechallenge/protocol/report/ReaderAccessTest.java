package org.practicechallenge.protocol.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.AgencyDirectory;

class ReaderAccessTest
{
    private static final AgencyDirectory AGENCIES = AgencyDirectory.from(moduleSettings());

    private static Map<String, String> moduleSettings()
    {
        Properties properties = new Properties();
        try (InputStream in = ReaderAccessTest.class.getClassLoader()
                .getResourceAsStream("alfresco/module/practice-challenge-repo/alfresco-global.properties"))
        {
            properties.load(in);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key)));
        return settings;
    }

    private static ReaderAccess memberOf(String... groups)
    {
        return ReaderAccess.of(false, Set.of(groups), AGENCIES);
    }

    @Test
    void anAgencyPractitionerMayListTheirAgencysEscalationsButNotSeeThePartnershipReport()
    {
        ReaderAccess practitioner = memberOf("GROUP_PC_HEALTH_PRACTITIONERS");

        assertThat(practitioner.escalationScope()).map(AgencyScope::agencies).contains(Set.of("health"));
        assertThat(practitioner.reportScope()).isEmpty();
    }

    @Test
    void seniorManagersAndDirectorsSeeTheReportForTheirOwnAgenciesOnly()
    {
        ReaderAccess director = memberOf("GROUP_PC_POLICE_DIRECTOR", "GROUP_PC_HEALTH_SENIOR_MANAGERS",
                "GROUP_PC_EDUCATION_LINE_MANAGERS");

        assertThat(director.reportScope()).map(AgencyScope::agencies).contains(Set.of("police", "health"));
        assertThat(director.escalationScope()).map(AgencyScope::agencies).contains(Set.of("police", "health", "education"));
    }

    @Test
    void thePartnershipAndThePracticeReviewGroupSeeEveryAgency()
    {
        for (String group : new String[] {"GROUP_PC_PARTNERSHIP", "GROUP_PC_PRACTICE_REVIEW_GROUP"})
        {
            ReaderAccess reader = memberOf(group);
            assertThat(reader.escalationScope()).map(AgencyScope::isAllAgencies).contains(true);
            assertThat(reader.reportScope()).map(AgencyScope::isAllAgencies).contains(true);
            assertThat(reader.isAdministrator()).isFalse();
        }
    }

    @Test
    void anAdministratorSeesEverythingWithoutBeingInAnyGroup()
    {
        ReaderAccess administrator = ReaderAccess.of(true, Set.of(), AGENCIES);

        assertThat(administrator.escalationScope()).map(AgencyScope::isAllAgencies).contains(true);
        assertThat(administrator.reportScope()).map(AgencyScope::isAllAgencies).contains(true);
    }

    @Test
    void someoneInNoneOfTheConfiguredGroupsMaySeeNeither()
    {
        ReaderAccess stranger = memberOf("GROUP_EVERYONE", "GROUP_SITE_CONSUMERS");

        assertThat(stranger.escalationScope()).isEmpty();
        assertThat(stranger.reportScope()).isEmpty();
    }
}
