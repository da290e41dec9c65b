package org.practicechallenge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practicechallenge.protocol.ProtocolFixture.moduleSettings;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Another partnership adopts the product by configuration alone. */
class PartnershipSettingsTest
{
    @Test
    void shippedDefaultsGiveTheConferenceStageOneTimescalesOfTheProtocol()
    {
        TimescaleSchedule timescales = PartnershipSettings.from(moduleSettings()).timescales();

        assertThat(timescales.conferenceForm()).isEqualTo(new WorkingDays(3));
        assertThat(timescales.response(ChallengeKind.CONFERENCE_CHALLENGE, Stage.STAGE_1, false)).isEqualTo(new WorkingDays(10));
    }

    @Test
    void anAgencyAddedInConfigurationIsKnownWithItsGroups()
    {
        Map<String, String> settings = moduleSettings();
        settings.put("practicechallenge.agency.probation.name", "Probation Service");
        for (int stage = 1; stage <= 4; stage++)
        {
            settings.put("practicechallenge.agency.probation.stage" + stage + ".group", "GROUP_PROBATION_S" + stage);
        }

        Agency probation = PartnershipSettings.from(settings).agencies().agency("respondingAgency", "probation");

        assertThat(probation.name()).isEqualTo("Probation Service");
        assertThat(probation.groupsAt(Stage.STAGE_3)).containsExactly("GROUP_PROBATION_S3");
    }

    @Test
    void agencyWithoutAStageGroupStopsStartUpNamingTheKey()
    {
        Map<String, String> settings = moduleSettings();
        settings.put("practicechallenge.agency.probation.name", "Probation Service");

        assertThatThrownBy(() -> PartnershipSettings.from(settings))
                .hasMessage("practicechallenge.agency.probation.stage1.group: is not configured");
    }

    @Test
    void groupThatIsNotAnAuthorityNameIsRefused()
    {
        Map<String, String> settings = moduleSettings();
        settings.put("practicechallenge.agency.police.stage2.group", "Police managers");

        assertThatThrownBy(() -> PartnershipSettings.from(settings)).hasMessageContaining("not a group authority name");
    }

    @Test
    void timescaleMustBeWorkingDays()
    {
        Map<String, String> settings = moduleSettings();
        settings.put("practicechallenge.timescale.conference.stage2.response", "two weeks");

        assertThatThrownBy(() -> PartnershipSettings.from(settings))
                .hasMessage("practicechallenge.timescale.conference.stage2.response: 'two weeks' is not a number of working days such as 10wd");
    }

    @Test
    void practiceReviewGroupNameIsConfigurable()
    {
        Map<String, String> settings = moduleSettings();
        settings.put("practicechallenge.practiceReviewGroup.name", "Practice Standards Group");

        assertThat(PartnershipSettings.from(settings).agencies().practiceReviewGroupName()).isEqualTo("Practice Standards Group");
    }
}
