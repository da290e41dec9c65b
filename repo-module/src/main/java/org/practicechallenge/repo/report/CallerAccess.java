package org.practicechallenge.repo.report;

import java.util.HashSet;
import java.util.Set;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.practicechallenge.protocol.AgencyDirectory;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.report.ReaderAccess;

/**
 * The person calling a web script, as the repository knows them: their groups (through the public
 * {@code AuthorityService}) and their permission on a node (through the public {@code PermissionService}), asked
 * as themselves, never as the system user.
 */
public class CallerAccess
{
    /** Alfresco's {@code PermissionService.ADMINISTRATOR_AUTHORITY}, held by every administrator. */
    static final String ADMINISTRATOR_AUTHORITY = "ROLE_ADMINISTRATOR";

    private final AuthorityService authorityService;
    private final PermissionService permissionService;
    private final AgencyDirectory agencies;

    public CallerAccess(AuthorityService authorityService, PermissionService permissionService,
            PartnershipSettings settings)
    {
        this.authorityService = authorityService;
        this.permissionService = permissionService;
        this.agencies = settings.agencies();
    }

    /** What the current user may see, from every authority they hold (groups within groups included). */
    public ReaderAccess currentReader()
    {
        // getAuthorities(), not getAuthoritiesForUser(user): ACS keeps the latter for administrators.
        Set<String> authorities = new HashSet<>(authorityService.getAuthorities());
        return ReaderAccess.of(authorities.contains(ADMINISTRATOR_AUTHORITY), authorities, agencies);
    }

    /** Whether the current user may read the node. */
    public boolean canRead(NodeRef node)
    {
        return permissionService.hasPermission(node, PermissionService.READ) == AccessStatus.ALLOWED;
    }
}
