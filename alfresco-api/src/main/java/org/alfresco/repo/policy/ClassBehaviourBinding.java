package org.alfresco.repo.policy;

/**
 * Mirrors Alfresco's {@code org.alfresco.repo.policy.ClassBehaviourBinding}; compile-only. Appears only as the type
 * argument of what {@link PolicyComponent} returns. Alfresco's constructors are package-private; so is the one here.
 */
public class ClassBehaviourBinding implements BehaviourBinding
{
    ClassBehaviourBinding()
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's ClassBehaviourBinding");
    }
}
