package org.alfresco.service.cmr.repository;

import java.util.Objects;

import org.alfresco.service.namespace.QName;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.repository.ChildAssociationRef}; compile-only. A value type:
 * equality on association type, parent, association name and child, as in Alfresco; string form
 * {@code parent|child|assocType|assocName|isPrimary|nthSibling}.
 */
public class ChildAssociationRef implements EntityRef, Comparable<ChildAssociationRef>
{
    private static final long serialVersionUID = 4051322336257127729L;

    private final QName assocTypeQName;
    private final NodeRef parentRef;
    private final QName childQName;
    private final NodeRef childRef;
    private final boolean isPrimary;
    private int nthSibling;

    public ChildAssociationRef(QName assocTypeQName, NodeRef parentRef, QName childQName, NodeRef childRef,
            boolean isPrimary, int nthSibling)
    {
        if (childRef == null)
        {
            throw new IllegalArgumentException("Child reference may not be null");
        }
        this.assocTypeQName = assocTypeQName;
        this.parentRef = parentRef;
        this.childQName = childQName;
        this.childRef = childRef;
        this.isPrimary = isPrimary;
        this.nthSibling = nthSibling;
    }

    public ChildAssociationRef(QName assocTypeQName, NodeRef parentRef, QName childQName, NodeRef childRef)
    {
        this(assocTypeQName, parentRef, childQName, childRef, false, -1);
    }

    public QName getTypeQName()
    {
        return assocTypeQName;
    }

    public QName getQName()
    {
        return childQName;
    }

    public NodeRef getChildRef()
    {
        return childRef;
    }

    public NodeRef getParentRef()
    {
        return parentRef;
    }

    public boolean isPrimary()
    {
        return isPrimary;
    }

    public int getNthSibling()
    {
        return nthSibling;
    }

    public void setNthSibling(int nthSibling)
    {
        this.nthSibling = nthSibling;
    }

    @Override
    public int compareTo(ChildAssociationRef another)
    {
        return Integer.compare(nthSibling, another.nthSibling);
    }

    @Override
    public boolean equals(Object other)
    {
        return this == other || other instanceof ChildAssociationRef that
                && Objects.equals(assocTypeQName, that.assocTypeQName)
                && Objects.equals(parentRef, that.parentRef)
                && Objects.equals(childQName, that.childQName)
                && Objects.equals(childRef, that.childRef);
    }

    @Override
    public int hashCode()
    {
        int hash = assocTypeQName == null ? 0 : assocTypeQName.hashCode();
        hash = 37 * hash + (parentRef == null ? 0 : parentRef.hashCode());
        hash = 37 * hash + (childQName == null ? 0 : childQName.hashCode());
        return 37 * hash + childRef.hashCode();
    }

    @Override
    public String toString()
    {
        return parentRef + "|" + childRef + "|" + assocTypeQName + "|" + childQName + "|" + isPrimary + "|" + nthSibling;
    }
}
