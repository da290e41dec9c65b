package org.alfresco.service.cmr.security;

/** Mirrors Alfresco's {@code org.alfresco.service.cmr.security.AuthorityType}; compile-only, the constants we use. */
public enum AuthorityType
{
    GROUP
}
