package org.alfresco.repo.audit;

import java.io.Serializable;
import java.util.Map;

/** Mirrors Alfresco's {@code org.alfresco.repo.audit.AuditComponent}; compile-only, members we call. */
public interface AuditComponent
{
    boolean areAuditValuesRequired(String path);

    Map<String, Serializable> recordAuditValues(String rootPath, Map<String, Serializable> values);
}
