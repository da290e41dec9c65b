package org.alfresco.repo.policy;

/** Mirrors Alfresco's {@code org.alfresco.repo.policy.BehaviourBinding}; compile-only. */
public interface BehaviourBinding
{
    BehaviourBinding generaliseBinding();
}
