package org.practicechallenge.repo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Set;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.authentication.AuthenticationUtil.RunAsWork;
import org.alfresco.service.cmr.security.AuthorityService;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.practicechallenge.protocol.ActingPerson;
import org.practicechallenge.repo.PublicServiceSecurity;
import org.practicechallenge.repo.SignedIn;

/**
 * The Caller port on Alfresco: the fully authenticated user and their groups, asked through the public
 * AuthorityService behind ACS's method security ({@link PublicServiceSecurity}).
 */
class AlfrescoCallerTest
{
    private final AuthorityService authorities = mock(AuthorityService.class);

    @Test
    void aSignedInPractitionerIsThemselvesWithTheirGroupsAskedAsThemselves()
    {
        try (SignedIn signedIn = SignedIn.as("police1"))
        {
            when(authorities.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE", "GROUP_PC_POLICE_PRACTITIONERS"));

            ActingPerson person = caller(PublicServiceSecurity.secured(AuthorityService.class, authorities, signedIn)).current();

            assertThat(person.name()).isEqualTo("police1");
            assertThat(person.administrator()).isFalse();
            assertThat(person.groups()).containsExactlyInAnyOrder("GROUP_EVERYONE", "GROUP_PC_POLICE_PRACTITIONERS");
            verify(authorities, never()).getAuthoritiesForUser(anyString());
            assertThat(signedIn.systemRuns()).isZero();
        }
    }

    @Test
    void anAdministratorIsKnownByAlfrescosAdministratorRole()
    {
        try (SignedIn signedIn = SignedIn.asAdministrator("admin"))
        {
            when(authorities.getAuthorities()).thenReturn(Set.of("ROLE_ADMINISTRATOR", "GROUP_ALFRESCO_ADMINISTRATORS", "GROUP_EVERYONE"));

            ActingPerson person = caller(PublicServiceSecurity.secured(AuthorityService.class, authorities, signedIn)).current();

            assertThat(person.administrator()).isTrue();
            assertThat(person.groups()).doesNotContain("ROLE_ADMINISTRATOR");
        }
    }

    @Test
    void insideRunAsItIsStillTheSignedInPersonWhoseGroupsAreAskedAsSystem()
    {
        // As when the CiN check's challenge starts through AlfrescoWorkflowStart: runAs(chair) while nurse1 is signed in.
        boolean[] system = {false};
        try (MockedStatic<AuthenticationUtil> statics = mockStatic(AuthenticationUtil.class))
        {
            statics.when(AuthenticationUtil::getFullyAuthenticatedUser).thenReturn("nurse1");
            statics.when(AuthenticationUtil::getRunAsUser).thenAnswer(call -> system[0] ? AuthenticationUtil.SYSTEM_USER_NAME : "chair1");
            statics.when(() -> AuthenticationUtil.runAsSystem(any())).thenAnswer(call ->
            {
                system[0] = true;
                try
                {
                    return ((RunAsWork<?>) call.getArgument(0)).doWork();
                }
                finally
                {
                    system[0] = false;
                }
            });
            when(authorities.getAuthoritiesForUser("nurse1")).thenReturn(Set.of("GROUP_PC_HEALTH_PRACTITIONERS"));

            ActingPerson person = caller(PublicServiceSecurity.secured(AuthorityService.class, authorities, () -> system[0])).current();

            assertThat(person.name()).isEqualTo("nurse1");
            assertThat(person.groups()).containsExactly("GROUP_PC_HEALTH_PRACTITIONERS");
            verify(authorities, never()).getAuthorities();
        }
    }

    @Test
    void nobodyAndTheSystemUserAreNobody()
    {
        try (SignedIn signedIn = SignedIn.as(null))
        {
            assertThat(caller(authorities).current().isSignedIn()).isFalse();
        }
        try (SignedIn signedIn = SignedIn.as(AuthenticationUtil.SYSTEM_USER_NAME))
        {
            assertThat(caller(authorities).current().isSignedIn()).isFalse();
        }
        verify(authorities, never()).getAuthorities();
    }

    private static AlfrescoCaller caller(AuthorityService authorityService)
    {
        AlfrescoCaller caller = new AlfrescoCaller();
        caller.setAuthorityService(authorityService);
        return caller;
    }
}
