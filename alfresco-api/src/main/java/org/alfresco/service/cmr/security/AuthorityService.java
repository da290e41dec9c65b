package org.alfresco.service.cmr.security;

import java.util.Set;

/** Mirrors Alfresco's {@code org.alfresco.service.cmr.security.AuthorityService}; compile-only, members we call. */
public interface AuthorityService
{
    Set<String> getAuthoritiesForUser(String userName);
}
