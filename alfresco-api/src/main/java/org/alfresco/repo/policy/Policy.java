package org.alfresco.repo.policy;

/** Mirrors Alfresco's marker interface {@code org.alfresco.repo.policy.Policy}; compile-only. */
public interface Policy
{
}
