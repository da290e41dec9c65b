package org.practicechallenge.repo.retention;

import java.io.Serializable;
import java.util.Map;
import java.util.Properties;

import org.alfresco.model.ContentModel;
import org.alfresco.module.org_alfresco_module_rm.record.RecordService;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Declares a closed challenge a record when Alfresco Governance Services is installed. AGS only makes records of
 * content ({@code RecordServiceImpl} refuses anything that is not {@code cm:content}), so the challenge's record is
 * written as a text document inside it, then created as an unfiled record of the default file plan (linked, so it
 * stays visible in the challenge) and completed, which is what "declare" means in AGS.
 *
 * <p>Without AGS the {@code RecordService} bean does not exist and Spring injects nothing: the product works,
 * challenges keep their retain-until date, and {@link #init()} says once in the log that declaration is off.
 * {@code practicechallenge.records.declare=false} switches it off with AGS installed.</p>
 */
public class RecordsDeclaration
{
    static final String SETTING = "practicechallenge.records.declare";

    private static final Logger LOG = LoggerFactory.getLogger(RecordsDeclaration.class);

    private NodeService nodeService;
    private ContentService contentService;
    private RecordService recordService;
    private boolean enabled = true;

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setContentService(ContentService contentService)
    {
        this.contentService = contentService;
    }

    /** Governance Services' public {@code RecordService}, or {@code null} when AGS is not installed. */
    public void setRecordService(RecordService recordService)
    {
        this.recordService = recordService;
    }

    public void setSettings(Properties settings)
    {
        this.enabled = !"false".equalsIgnoreCase(settings.getProperty(SETTING, "true").trim());
    }

    public void init()
    {
        if (recordService == null)
        {
            LOG.info("Alfresco Governance Services is not installed: closed practice challenges are not declared as records. "
                    + "Each challenge still carries pc:retainUntil from the retention schedule.");
        }
        else if (!enabled)
        {
            LOG.info("{}=false: closed practice challenges are not declared as records.", SETTING);
        }
        else
        {
            LOG.info("Closed practice challenges are declared as records in the default file plan.");
        }
    }

    public boolean isOn()
    {
        return recordService != null && enabled;
    }

    /**
     * Writes the challenge's record document and declares it. Runs in the caller's transaction: if AGS refuses (no
     * file plan, say), the closing step fails and nothing is half-declared.
     *
     * @return the record's node, or {@code null} when declaration is off
     */
    public NodeRef declare(NodeRef challenge, String reference, String text)
    {
        if (!isOn())
        {
            return null;
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
        return document;
    }
}
