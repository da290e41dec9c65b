package org.alfresco.repo.policy;

/** Mirrors Alfresco's marker interface {@code org.alfresco.repo.policy.ClassPolicy}; compile-only. */
public interface ClassPolicy extends Policy
{
}
