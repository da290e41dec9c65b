package org.alfresco.repo.policy;

import org.alfresco.service.namespace.NamespaceService;

/** Mirrors Alfresco's marker interface {@code org.alfresco.repo.policy.Policy}; compile-only. */
public interface Policy
{
    String NAMESPACE = NamespaceService.ALFRESCO_URI;
}
