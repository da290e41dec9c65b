package org.alfresco.service.cmr.security;

import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.security.PermissionService}; compile-only. The permission
 * group constants carry Alfresco's values; only the methods we call are declared.
 */
public interface PermissionService
{
    String READ = "Read";
    String CONSUMER = "Consumer";

    AccessStatus hasPermission(NodeRef nodeRef, String permission);

    void setPermission(NodeRef nodeRef, String authority, String permission, boolean allow);
}
