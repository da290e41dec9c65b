package org.alfresco.repo.policy;

import org.alfresco.service.namespace.QName;

/** Mirrors Alfresco's {@code org.alfresco.repo.policy.PolicyComponent}; compile-only, members we call. */
public interface PolicyComponent
{
    BehaviourDefinition<ClassBehaviourBinding> bindClassBehaviour(QName policy, QName className, Behaviour behaviour);

    BehaviourDefinition<ClassFeatureBehaviourBinding> bindAssociationBehaviour(QName policy, QName className, Behaviour behaviour);
}
