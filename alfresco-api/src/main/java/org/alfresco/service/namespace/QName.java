package org.alfresco.service.namespace;

import java.io.Serializable;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.namespace.QName}; compile-only. A value type, so it keeps
 * Alfresco's equality (namespace and local name, prefix ignored) and string form {@code {uri}local}.
 * Alfresco throws {@code InvalidQNameException} where this throws {@link IllegalArgumentException}; prefixes,
 * {@code Cloneable} and the resolver-based factories are not declared.
 */
public final class QName implements QNamePattern, Serializable, Comparable<QName>
{
    private static final long serialVersionUID = 3977016258204348976L;

    public static final char NAMESPACE_PREFIX = ':';
    public static final char NAMESPACE_BEGIN = '{';
    public static final char NAMESPACE_END = '}';

    private final String namespaceURI;
    private final String localName;

    private QName(String namespaceURI, String localName)
    {
        this.namespaceURI = namespaceURI == null ? "" : namespaceURI;
        this.localName = localName;
    }

    public static QName createQName(String namespaceURI, String localName)
    {
        if (localName == null || localName.isEmpty())
        {
            throw new IllegalArgumentException("A QName must consist of a local name");
        }
        return new QName(namespaceURI, localName);
    }

    /** Parses {@code {namespaceURI}localName}. */
    public static QName createQName(String qname)
    {
        if (qname == null || qname.isEmpty())
        {
            throw new IllegalArgumentException("Argument qname is mandatory");
        }
        String namespace = null;
        int end = -1;
        if (qname.charAt(0) == NAMESPACE_BEGIN)
        {
            end = qname.indexOf(NAMESPACE_END, 1);
            if (end == -1)
            {
                throw new IllegalArgumentException("QName '" + qname + "' is missing the closing namespace " + NAMESPACE_END + " token");
            }
            namespace = qname.substring(1, end);
        }
        else if (qname.indexOf(NAMESPACE_BEGIN) != -1)
        {
            throw new IllegalArgumentException("QName '" + qname + "' must start with a namespaceURI");
        }
        return createQName(namespace, qname.substring(end + 1));
    }

    public String getLocalName()
    {
        return localName;
    }

    public String getNamespaceURI()
    {
        return namespaceURI;
    }

    @Override
    public boolean isMatch(QName qname)
    {
        return equals(qname);
    }

    @Override
    public boolean equals(Object other)
    {
        return this == other || other instanceof QName that
                && localName.equals(that.localName) && namespaceURI.equals(that.namespaceURI);
    }

    @Override
    public int hashCode()
    {
        return 37 * localName.hashCode() + namespaceURI.hashCode();
    }

    @Override
    public int compareTo(QName other)
    {
        int byNamespace = namespaceURI.compareTo(other.namespaceURI);
        return byNamespace != 0 ? byNamespace : localName.compareTo(other.localName);
    }

    @Override
    public String toString()
    {
        return NAMESPACE_BEGIN + namespaceURI + NAMESPACE_END + localName;
    }
}
