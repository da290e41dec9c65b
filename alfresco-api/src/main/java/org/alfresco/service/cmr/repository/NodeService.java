package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.service.namespace.QName;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.repository.NodeService}; compile-only, declaring only the
 * methods Practice Challenge calls (throws clauses of Alfresco's runtime exceptions omitted).
 */
public interface NodeService
{
    boolean exists(NodeRef nodeRef);

    ChildAssociationRef createNode(NodeRef parentRef, QName assocTypeQName, QName assocQName, QName nodeTypeQName,
            Map<QName, Serializable> properties);

    QName getType(NodeRef nodeRef);

    void addAspect(NodeRef nodeRef, QName aspectTypeQName, Map<QName, Serializable> aspectProperties);

    boolean hasAspect(NodeRef nodeRef, QName aspectTypeQName);

    Map<QName, Serializable> getProperties(NodeRef nodeRef);

    Serializable getProperty(NodeRef nodeRef, QName qname);

    void addProperties(NodeRef nodeRef, Map<QName, Serializable> properties);

    void setProperty(NodeRef nodeRef, QName qname, Serializable value);

    List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef);

    List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef, Set<QName> childNodeTypeQNames);

    ChildAssociationRef getPrimaryParent(NodeRef nodeRef);

    ChildAssociationRef addChild(NodeRef parentRef, NodeRef childRef, QName assocTypeQName, QName qname);
}
