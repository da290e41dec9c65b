package org.practicechallenge.repo.report;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.practicechallenge.protocol.ActingPerson;
import org.practicechallenge.protocol.AgencyDirectory;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.report.ReaderAccess;
import org.practicechallenge.repo.workflow.AlfrescoCaller;

/**
 * The person calling a web script, as the repository knows them: their groups (through the public
 * {@code AuthorityService}) and their permission on a node (through the public {@code PermissionService}), asked
 * as themselves, never as the system user.
 */
public class CallerAccess
{
    private final AlfrescoCaller caller = new AlfrescoCaller();
    private final PermissionService permissionService;
    private final AgencyDirectory agencies;

    public CallerAccess(AuthorityService authorityService, PermissionService permissionService,
            PartnershipSettings settings)
    {
        this.caller.setAuthorityService(authorityService);
        this.permissionService = permissionService;
        this.agencies = settings.agencies();
    }

    /** What the current user may see, from every authority they hold (groups within groups included). */
    public ReaderAccess currentReader()
    {
        // The one reading of who is signed in and their groups, shared with the workflow (AlfrescoCaller).
        ActingPerson person = caller.current();
        return ReaderAccess.of(person.administrator(), person.groups(), agencies);
    }

    /** The signed-in person's user name; {@code null} when no one is. */
    public String currentUserName()
    {
        return caller.current().name();
    }

    /** Whether the current user may read the node. */
    public boolean canRead(NodeRef node)
    {
        return permissionService.hasPermission(node, PermissionService.READ) == AccessStatus.ALLOWED;
    }
}
