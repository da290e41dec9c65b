package org.alfresco.service.cmr.repository;

/** Mirrors Alfresco's {@code org.alfresco.service.cmr.repository.ContentAccessor}; compile-only, members we call. */
public interface ContentAccessor
{
    void setMimetype(String mimetype);

    void setEncoding(String encoding);
}
