package org.alfresco.service.cmr.repository;

import org.alfresco.service.namespace.QName;

/** Mirrors Alfresco's {@code org.alfresco.service.cmr.repository.ContentService}; compile-only, members we call. */
public interface ContentService
{
    ContentWriter getWriter(NodeRef nodeRef, QName propertyQName, boolean update);
}
