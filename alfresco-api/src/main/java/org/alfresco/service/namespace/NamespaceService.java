package org.alfresco.service.namespace;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.namespace.NamespaceService}; compile-only. Only the namespace
 * constants we use (supertype {@code NamespacePrefixResolver} and methods omitted).
 */
public interface NamespaceService
{
    String ALFRESCO_URI = "http://www.alfresco.org";
    String SYSTEM_MODEL_1_0_URI = "http://www.alfresco.org/model/system/1.0";
    String CONTENT_MODEL_1_0_URI = "http://www.alfresco.org/model/content/1.0";
}
