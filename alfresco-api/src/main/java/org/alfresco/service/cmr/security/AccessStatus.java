package org.alfresco.service.cmr.security;

/** Mirrors Alfresco's {@code org.alfresco.service.cmr.security.AccessStatus}; compile-only. */
public enum AccessStatus
{
    DENIED, ALLOWED, UNDETERMINED
}
