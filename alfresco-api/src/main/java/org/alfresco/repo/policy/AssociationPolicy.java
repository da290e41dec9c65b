package org.alfresco.repo.policy;

/** Mirrors Alfresco's marker interface {@code org.alfresco.repo.policy.AssociationPolicy}; compile-only. */
public interface AssociationPolicy extends Policy
{
}
