package org.practicechallenge.repo.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.PartnershipGroup;
import org.practicechallenge.repo.ModuleDefaults;
import org.practicechallenge.repo.PublicServiceSecurity;
import org.practicechallenge.repo.SignedIn;

/** On a fresh repository every configured group exists after startup, so every task has someone to act on it. */
class PartnershipGroupsTest
{
    private final AuthorityService authorities = mock(AuthorityService.class);
    private final Set<String> existing = new HashSet<>(Set.of("GROUP_EVERYONE", "GROUP_PC_POLICE_DIRECTOR"));
    private final PartnershipGroups groups = new PartnershipGroups();
    private SignedIn signedIn;

    @BeforeEach
    void aFreshRepository()
    {
        signedIn = SignedIn.as("nobody");
        when(authorities.authorityExists(anyString())).thenAnswer(call -> existing.contains(call.<String>getArgument(0)));
        when(authorities.createAuthority(eq(AuthorityType.GROUP), anyString(), anyString(), any())).thenAnswer(call ->
        {
            String name = "GROUP_" + call.getArgument(1);
            existing.add(name);
            return name;
        });
        groups.setAuthorityService(PublicServiceSecurity.secured(AuthorityService.class, authorities, signedIn));
        groups.setPartnershipSettings(ModuleDefaults.partnership());
        groups.setSettings(ModuleDefaults.properties());
    }

    @AfterEach
    void signOut()
    {
        signedIn.close();
    }

    /** Alfresco's module service runs components as the system user. */
    private void startUp()
    {
        AuthenticationUtil.runAsSystem(() ->
        {
            groups.executeInternal();
            return null;
        });
    }

    @Test
    void everyStageGroupOfEveryAgencyThePartnershipTheReviewGroupAndRecordsManagersExistAfterStartup()
    {
        startUp();

        for (PartnershipGroup group : groups.groups())
        {
            assertThat(existing).as(group.authority()).contains(group.authority());
        }
        assertThat(existing).contains("GROUP_PC_POLICE_PRACTITIONERS", "GROUP_PC_SOCIALCARE_DIRECTOR", "GROUP_PC_PARTNERSHIP",
                "GROUP_PC_PRACTICE_REVIEW_GROUP", "GROUP_PC_RECORDS_MANAGERS", "GROUP_PC_SAFEGUARDINGUNIT_CONFERENCE_CHAIRS");
        verify(authorities, never()).createAuthority(eq(AuthorityType.GROUP), eq("PC_POLICE_DIRECTOR"), anyString(), any());
    }

    @Test
    void createdGroupsSayInShareWhoTheyAreForAndSitWhereShareListsGroups()
    {
        startUp();

        verify(authorities).createAuthority(AuthorityType.GROUP, "PC_HEALTH_FIRST_LINE_MANAGERS",
                "Health: Stage 1, practitioners and first line managers (PC_HEALTH_FIRST_LINE_MANAGERS)",
                Set.of(AuthorityService.ZONE_APP_DEFAULT, AuthorityService.ZONE_AUTH_ALFRESCO));
        verify(authorities).createAuthority(eq(AuthorityType.GROUP), eq("PC_PRACTICE_REVIEW_GROUP"),
                eq("Practice Review Group (PC_PRACTICE_REVIEW_GROUP)"), any());
    }

    @Test
    void withGroupsFromADirectoryNothingIsCreatedAndEachMissingGroupIsReported()
    {
        Properties settings = ModuleDefaults.properties();
        settings.setProperty(PartnershipGroups.CREATE_SETTING, "false");
        groups.setSettings(settings);

        startUp();

        verify(authorities, never()).createAuthority(any(), anyString(), anyString(), any());
        assertThat(existing).doesNotContain("GROUP_PC_POLICE_PRACTITIONERS");
    }

    @Test
    void creatingGroupsIsForAdministratorsSoOnlyTheSystemStartupMayDoIt()
    {
        assertThatThrownBy(groups::executeInternal).isInstanceOf(PublicServiceSecurity.AccessDenied.class);
    }
}
