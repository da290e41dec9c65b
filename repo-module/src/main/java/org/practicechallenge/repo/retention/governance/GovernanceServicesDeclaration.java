package org.practicechallenge.repo.retention.governance;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.module.org_alfresco_module_rm.fileplan.FilePlanService;
import org.alfresco.module.org_alfresco_module_rm.record.RecordService;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.practicechallenge.repo.audit.ChallengeAudit;
import org.practicechallenge.repo.integrity.RecordWriter;
import org.practicechallenge.repo.integrity.RecordWrites;
import org.practicechallenge.repo.retention.RecordsDeclaration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;

/**
 * Declares a closed challenge a record in Governance Services' default file plan. AGS only makes records of content
 * ({@code RecordServiceImpl} refuses anything that is not {@code cm:content}), so the record is a text document of
 * the challenge and its entries, written inside it, created as an unfiled record (linked, so it stays visible in the
 * challenge) and completed, which is what "declare" means in AGS.
 *
 * <p>It runs after the closing commits, in a transaction of its own: {@code RecordService} is a transactional proxy,
 * so any refusal inside the closing transaction (no file plan yet, say) would mark it rollback-only and the challenge
 * could never close. A declaration that cannot happen is logged and audited; the challenge stays closed.</p>
 *
 * <p>Only loaded when Governance Services is installed ({@code RecordsDeclarationFactory}).</p>
 */
public class GovernanceServicesDeclaration implements RecordsDeclaration
{
    static final String NO_FILE_PLAN = "Governance Services has no file plan yet (create the Records Management site)";

    private static final Logger LOG = LoggerFactory.getLogger(GovernanceServicesDeclaration.class);

    private final RecordService recordService;
    private final FilePlanService filePlanService;
    private final NodeService nodeService;
    private final ContentService contentService;
    private final TransactionService transactionService;
    private final ChallengeAudit audit;

    public GovernanceServicesDeclaration(BeanFactory alfresco, NodeService nodeService, ContentService contentService,
            TransactionService transactionService, ChallengeAudit audit)
    {
        this.recordService = alfresco.getBean("RecordService", RecordService.class);
        this.filePlanService = alfresco.getBean("FilePlanService", FilePlanService.class);
        this.nodeService = nodeService;
        this.contentService = contentService;
        this.transactionService = transactionService;
        this.audit = audit;
    }

    @Override
    public boolean isOn()
    {
        return true;
    }

    @Override
    public void declare(NodeRef challenge, String reference, String text)
    {
        AlfrescoTransactionSupport.bindListener(new AfterClosing(() -> declareNow(challenge, reference, text)));
    }

    /** After the closing committed: declare, or say why not. Never throws. */
    void declareNow(NodeRef challenge, String reference, String text)
    {
        String refusal;
        try
        {
            // The case record's own write: the challenge is closed by now, and its integrity rules refuse anyone
            // else adding to it (the document, and the link AGS leaves in the challenge when it files the record).
            refusal = transactionService.getRetryingTransactionHelper().doInTransaction(() -> AuthenticationUtil.runAsSystem(
                    () -> RecordWrites.as(RecordWriter.CASE_RECORD, () -> writeAndDeclare(challenge, reference, text))), false, true);
        }
        catch (RuntimeException failed)
        {
            refusal = String.valueOf(failed.getMessage());
        }
        if (refusal != null)
        {
            LOG.warn("Practice challenge {} is closed but was not declared a record: {}. A records manager can declare "
                    + "its record document by hand.", reference, refusal);
        }
        String reason = refusal;
        try
        {
            transactionService.getRetryingTransactionHelper().doInTransaction(() ->
            {
                audit.recordDeclaration(challenge, reference, reason == null, reason);
                return null;
            }, false, true);
        }
        catch (RuntimeException auditFailed)
        {
            LOG.warn("The record declaration of practice challenge {} could not be audited: {}", reference, auditFailed.getMessage());
        }
    }

    /** The reason it cannot be declared, or {@code null} once declared. */
    private String writeAndDeclare(NodeRef challenge, String reference, String text)
    {
        if (filePlanService.getFilePlanBySiteId(FilePlanService.DEFAULT_RM_SITE_ID) == null)
        {
            return NO_FILE_PLAN;
        }
        String name = reference + " case record.txt";
        Map<QName, Serializable> properties = Map.of(ContentModel.PROP_NAME, name);
        NodeRef document = nodeService.createNode(challenge, ContentModel.ASSOC_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, name), ContentModel.TYPE_CONTENT, properties).getChildRef();
        ContentWriter writer = contentService.getWriter(document, ContentModel.PROP_CONTENT, true);
        writer.setMimetype("text/plain");
        writer.setEncoding("UTF-8");
        writer.putContent(text);
        recordService.createRecord(null, document);
        recordService.complete(document);
        return null;
    }
}
