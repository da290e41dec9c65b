package org.alfresco.repo.policy;

/**
 * Mirrors Alfresco's {@code org.alfresco.repo.policy.ClassFeatureBehaviourBinding}; compile-only. Appears only as
 * the type argument of what {@link PolicyComponent#bindAssociationBehaviour} returns.
 */
public class ClassFeatureBehaviourBinding extends ClassBehaviourBinding
{
    ClassFeatureBehaviourBinding()
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's ClassFeatureBehaviourBinding");
    }
}
