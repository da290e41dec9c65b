package org.alfresco.module.org_alfresco_module_rm.record;

import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Mirrors Governance Services' {@code org.alfresco.module.org_alfresco_module_rm.record.RecordService}
 * (amps/ags/rm-community); compile-only, members we call. Present at run time only when AGS is installed.
 */
public interface RecordService
{
    void createRecord(NodeRef filePlan, NodeRef nodeRef);

    void complete(NodeRef nodeRef);
}
