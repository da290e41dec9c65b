package org.alfresco.repo.node;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.repo.policy.AssociationPolicy;
import org.alfresco.repo.policy.ClassPolicy;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Mirrors Alfresco's {@code org.alfresco.repo.node.NodeServicePolicies}; compile-only, the policies we bind. */
public interface NodeServicePolicies
{
    interface OnUpdatePropertiesPolicy extends ClassPolicy
    {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onUpdateProperties");

        void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after);
    }

    interface OnCreateNodePolicy extends ClassPolicy
    {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onCreateNode");

        void onCreateNode(ChildAssociationRef childAssocRef);
    }

    interface OnRestoreNodePolicy extends ClassPolicy
    {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onRestoreNode");

        void onRestoreNode(ChildAssociationRef childAssocRef);
    }

    interface BeforeDeleteNodePolicy extends ClassPolicy
    {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "beforeDeleteNode");

        void beforeDeleteNode(NodeRef nodeRef);
    }

    interface OnCreateChildAssociationPolicy extends AssociationPolicy
    {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onCreateChildAssociation");

        void onCreateChildAssociation(ChildAssociationRef childAssocRef, boolean isNewNode);
    }
}
