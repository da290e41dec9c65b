package org.alfresco.service.cmr.repository;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.repository.StoreRef}; compile-only. A value type with
 * Alfresco's equality and string form {@code protocol://identifier}. Alfresco throws
 * {@code AlfrescoRuntimeException} for a malformed string where this throws {@link IllegalArgumentException}.
 */
public final class StoreRef implements EntityRef
{
    private static final long serialVersionUID = 3905808565129394486L;

    public static final String PROTOCOL_WORKSPACE = "workspace";
    public static final String PROTOCOL_ARCHIVE = "archive";
    public static final String URI_FILLER = "://";

    public static final StoreRef STORE_REF_WORKSPACE_SPACESSTORE = new StoreRef(PROTOCOL_WORKSPACE, "SpacesStore");
    public static final StoreRef STORE_REF_ARCHIVE_SPACESSTORE = new StoreRef(PROTOCOL_ARCHIVE, "SpacesStore");

    private final String protocol;
    private final String identifier;

    public StoreRef(String protocol, String identifier)
    {
        if (protocol == null)
        {
            throw new IllegalArgumentException("Store protocol may not be null");
        }
        if (identifier == null)
        {
            throw new IllegalArgumentException("Store identifier may not be null");
        }
        this.protocol = protocol;
        this.identifier = identifier;
    }

    public StoreRef(String string)
    {
        int divider = string.indexOf(URI_FILLER);
        if (divider == -1)
        {
            throw new IllegalArgumentException("Invalid store ref: Does not contain " + URI_FILLER + "   " + string);
        }
        this.protocol = string.substring(0, divider);
        this.identifier = string.substring(divider + URI_FILLER.length());
    }

    public String getProtocol()
    {
        return protocol;
    }

    public String getIdentifier()
    {
        return identifier;
    }

    @Override
    public boolean equals(Object other)
    {
        return this == other || other instanceof StoreRef that
                && protocol.equals(that.protocol) && identifier.equals(that.identifier);
    }

    @Override
    public int hashCode()
    {
        return protocol.hashCode() + identifier.hashCode();
    }

    @Override
    public String toString()
    {
        return protocol + URI_FILLER + identifier;
    }
}
