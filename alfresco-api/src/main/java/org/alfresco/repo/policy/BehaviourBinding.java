package org.alfresco.repo.policy;

/** Mirrors Alfresco's {@code org.alfresco.repo.policy.BehaviourBinding}; compile-only, no members called. */
public interface BehaviourBinding
{
}
