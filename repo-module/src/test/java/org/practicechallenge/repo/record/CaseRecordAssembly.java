package org.practicechallenge.repo.record;

import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PermissionService;
import org.practicechallenge.protocol.StageParticipants;
import org.practicechallenge.repo.ModuleDefaults;
import org.practicechallenge.repo.audit.ChallengeAudit;
import org.practicechallenge.repo.permission.CaseFolderAccess;
import org.practicechallenge.repo.retention.ChallengeRetention;
import org.practicechallenge.repo.retention.RecordsDeclaration;
import org.practicechallenge.repo.retention.RetentionSchedule;

/** Wires the Alfresco case record as service-context.xml does, over whatever (mocked) Alfresco services a test gives. */
final class CaseRecordAssembly
{
    private CaseRecordAssembly()
    {
    }

    static AlfrescoCaseRecord caseRecord(NodeService nodeService, PermissionService permissionService,
            AuditComponent auditComponent, RecordsDeclaration declaration)
    {
        ChallengeAudit audit = new ChallengeAudit();
        audit.setAuditComponent(auditComponent);
        CaseFolderAccess access = new CaseFolderAccess();
        access.setPermissionService(permissionService);
        access.setNodeService(nodeService);
        access.setParticipants(new StageParticipants(ModuleDefaults.partnership().agencies()));
        access.setAgencies(ModuleDefaults.partnership().agencies());
        access.setAudit(audit);
        ChallengeRetention retention = new ChallengeRetention();
        retention.setNodeService(nodeService);
        retention.setSchedule(RetentionSchedule.fromProperties(ModuleDefaults.properties()));
        retention.setPartnershipSettings(ModuleDefaults.partnership());
        AlfrescoCaseRecord caseRecord = new AlfrescoCaseRecord();
        caseRecord.setNodeService(nodeService);
        caseRecord.setPermissionService(permissionService);
        caseRecord.setPartnershipSettings(ModuleDefaults.partnership());
        caseRecord.setRetention(retention);
        caseRecord.setAccess(access);
        caseRecord.setAudit(audit);
        caseRecord.setRecords(declaration);
        return caseRecord;
    }
}
