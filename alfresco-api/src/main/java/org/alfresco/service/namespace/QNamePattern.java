package org.alfresco.service.namespace;

/** Mirrors Alfresco's {@code org.alfresco.service.namespace.QNamePattern}; compile-only. */
public interface QNamePattern
{
    boolean isMatch(QName qname);
}
