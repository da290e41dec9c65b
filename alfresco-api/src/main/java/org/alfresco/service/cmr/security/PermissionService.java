package org.alfresco.service.cmr.security;

import java.util.Set;

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

    /** Every entry that applies to the node, inherited ones included (ACL_NODE.0.sys:base.ReadPermissions). */
    Set<AccessPermission> getAllSetPermissions(NodeRef nodeRef);

    /** Removes the node's own entry for this authority and permission (ACL_NODE.0.sys:base.ChangePermissions). */
    void deletePermission(NodeRef nodeRef, String authority, String permission);
}
