package org.practicechallenge.repo.report;

import org.practicechallenge.repo.ModuleDefaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Set;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.report.AgencyScope;
import org.practicechallenge.repo.PublicServiceSecurity;
import org.practicechallenge.repo.SignedIn;
import org.practicechallenge.protocol.report.ReaderAccess;

class CallerAccessTest
{
    private final AuthorityService authorityService = mock(AuthorityService.class);
    private final PermissionService permissionService = mock(PermissionService.class);
    private SignedIn signedIn;
    private CallerAccess access;

    @BeforeEach
    void janeIsSignedIn()
    {
        signedIn = SignedIn.as("jane");
        access = new CallerAccess(PublicServiceSecurity.secured(AuthorityService.class, authorityService, signedIn),
                permissionService, ModuleDefaults.partnership());
    }

    @AfterEach
    void signOut()
    {
        signedIn.close();
    }

    @Test
    void aDirectorWhoIsNoAdministratorIsNotRefusedAsACSRefusesAdministratorOnlyCalls()
    {
        when(authorityService.getAuthorities()).thenReturn(Set.of("jane", "GROUP_PC_HEALTH_DIRECTOR"));
        // ACS keeps getAuthoritiesForUser for administrators: a director asking it would get Access Denied.
        when(authorityService.getAuthoritiesForUser("jane")).thenReturn(Set.of("jane", "GROUP_PC_HEALTH_DIRECTOR"));

        assertThat(access.currentReader().reportScope()).map(AgencyScope::agencies).contains(Set.of("health"));
    }

    @Test
    void aDirectorsAgencyComesFromTheGroupsTheyAreIn()
    {
        when(authorityService.getAuthorities())
                .thenReturn(Set.of("jane", "GROUP_EVERYONE", "GROUP_PC_POLICE_DIRECTOR"));

        ReaderAccess reader = access.currentReader();

        assertThat(reader.isAdministrator()).isFalse();
        assertThat(reader.escalationScope()).map(AgencyScope::agencies).contains(Set.of("police"));
        assertThat(reader.reportScope()).map(AgencyScope::agencies).contains(Set.of("police"));
    }

    @Test
    void anAdministratorIsRecognisedByAlfrescosAdministratorRole()
    {
        when(authorityService.getAuthorities()).thenReturn(Set.of("jane", "ROLE_ADMINISTRATOR"));

        ReaderAccess reader = access.currentReader();

        assertThat(reader.isAdministrator()).isTrue();
        assertThat(reader.escalationScope()).map(AgencyScope::isAllAgencies).contains(true);
    }

    @Test
    void readingIsAllowedOnlyWhenThePermissionServiceSaysAllowed()
    {
        NodeRef allowed = new NodeRef("workspace://SpacesStore/allowed");
        NodeRef denied = new NodeRef("workspace://SpacesStore/denied");
        NodeRef undetermined = new NodeRef("workspace://SpacesStore/undetermined");
        when(permissionService.hasPermission(allowed, PermissionService.READ)).thenReturn(AccessStatus.ALLOWED);
        when(permissionService.hasPermission(denied, PermissionService.READ)).thenReturn(AccessStatus.DENIED);
        when(permissionService.hasPermission(undetermined, PermissionService.READ)).thenReturn(AccessStatus.UNDETERMINED);

        assertThat(access.canRead(allowed)).isTrue();
        assertThat(access.canRead(denied)).isFalse();
        assertThat(access.canRead(undetermined)).isFalse();
    }
}
