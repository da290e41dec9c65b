package org.alfresco.service.cmr.repository;

/** Mirrors Alfresco's {@code org.alfresco.service.cmr.repository.ContentWriter}; compile-only, members we call. */
public interface ContentWriter extends ContentAccessor
{
    void putContent(String content);
}
