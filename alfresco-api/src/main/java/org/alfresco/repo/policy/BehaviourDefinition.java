package org.alfresco.repo.policy;

/** Mirrors Alfresco's {@code org.alfresco.repo.policy.BehaviourDefinition}; compile-only, no members called. */
public interface BehaviourDefinition<B extends BehaviourBinding>
{
}
