package org.alfresco.service.cmr.security;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.security.AccessPermission}; compile-only. Only the members we
 * call are declared.
 */
public interface AccessPermission
{
    String getPermission();

    AccessStatus getAccessStatus();

    String getAuthority();

    boolean isSetDirectly();
}
