package org.alfresco.service.cmr.security;

import java.util.Set;

import org.practicechallenge.declaration.AdministratorsOnly;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.security.AuthorityService}; compile-only, members we call.
 * {@link AdministratorsOnly} marks what {@code public-services-security-context.xml} keeps for administrators.
 */
public interface AuthorityService
{
    /** {@code AuthorityService.ZONE_APP_DEFAULT}: groups Share's admin console lists. */
    String ZONE_APP_DEFAULT = "APP.DEFAULT";

    /** {@code AuthorityService.ZONE_AUTH_ALFRESCO}: authorities held in Alfresco itself. */
    String ZONE_AUTH_ALFRESCO = "AUTH.ALF";

    /** The current (run-as) user's authorities, groups within groups included; open to every user. */
    Set<String> getAuthorities();

    @AdministratorsOnly
    Set<String> getAuthoritiesForUser(String userName);

    boolean authorityExists(String name);

    @AdministratorsOnly
    String createAuthority(AuthorityType type, String shortName, String authorityDisplayName, Set<String> authorityZones);
}
