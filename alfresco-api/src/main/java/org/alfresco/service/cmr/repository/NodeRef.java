package org.alfresco.service.cmr.repository;

import java.util.regex.Pattern;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.repository.NodeRef}; compile-only. A value type with
 * Alfresco's equality and string form {@code workspace://SpacesStore/id}. Alfresco throws
 * {@code MalformedNodeRefException} for a string without a slash where this throws {@link IllegalArgumentException}.
 */
public final class NodeRef implements EntityRef
{
    private static final long serialVersionUID = 3760844584074227768L;
    private static final Pattern NODE_REF = Pattern.compile(".+://.+/.+");

    private final StoreRef storeRef;
    private final String id;

    public NodeRef(String protocol, String identifier, String id)
    {
        this(new StoreRef(protocol, identifier), id);
    }

    public NodeRef(StoreRef storeRef, String id)
    {
        if (storeRef == null)
        {
            throw new IllegalArgumentException("Store reference may not be null");
        }
        if (id == null)
        {
            throw new IllegalArgumentException("Node id may not be null");
        }
        this.storeRef = storeRef;
        this.id = id;
    }

    public NodeRef(String nodeRef)
    {
        int lastSlash = nodeRef.lastIndexOf('/');
        if (lastSlash == -1)
        {
            throw new IllegalArgumentException("Invalid node ref - does not contain forward slash: " + nodeRef);
        }
        this.storeRef = new StoreRef(nodeRef.substring(0, lastSlash));
        this.id = nodeRef.substring(lastSlash + 1);
    }

    public static boolean isNodeRef(String nodeRef)
    {
        return NODE_REF.matcher(nodeRef).matches();
    }

    public StoreRef getStoreRef()
    {
        return storeRef;
    }

    public String getId()
    {
        return id;
    }

    @Override
    public boolean equals(Object other)
    {
        return this == other || other instanceof NodeRef that && id.equals(that.id) && storeRef.equals(that.storeRef);
    }

    @Override
    public int hashCode()
    {
        return id.hashCode();
    }

    @Override
    public String toString()
    {
        return storeRef + "/" + id;
    }
}
