package org.alfresco.module.org_alfresco_module_rm.fileplan;

import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Mirrors Governance Services' {@code org.alfresco.module.org_alfresco_module_rm.fileplan.FilePlanService}
 * (amps/ags/rm-community); compile-only, members we call. Present at run time only when AGS is installed.
 */
public interface FilePlanService
{
    /** The site of the default file plan; {@code RecordService.createRecord(null, …)} files into it. */
    String DEFAULT_RM_SITE_ID = "rm";

    /** The file plan of that site, or {@code null} when no such site (or file plan) exists yet. */
    NodeRef getFilePlanBySiteId(String siteId);
}
