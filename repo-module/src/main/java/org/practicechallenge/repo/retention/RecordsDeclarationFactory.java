package org.practicechallenge.repo.retention;

import java.util.Properties;

import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.transaction.TransactionService;
import org.practicechallenge.repo.audit.ChallengeAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.FactoryBean;

/**
 * Chooses how closed challenges are declared as records, once, at startup. Spring introspects every bean class it is
 * given, whatever a SpEL guard says, so a bean whose class named Governance Services' {@code RecordService} stopped
 * plain ACS from starting. This factory names no AGS type: it looks the Governance Services adapter up by name only
 * when Governance Services' own {@code RecordService} bean exists.
 */
public class RecordsDeclarationFactory implements FactoryBean<RecordsDeclaration>, BeanFactoryAware
{
    /** Governance Services' public record service bean (rm-service-context.xml). */
    static final String RECORD_SERVICE = "RecordService";
    static final String GOVERNANCE_SERVICES_DECLARATION =
            "org.practicechallenge.repo.retention.governance.GovernanceServicesDeclaration";

    private static final Logger LOG = LoggerFactory.getLogger(RecordsDeclarationFactory.class);

    private BeanFactory beanFactory;
    private NodeService nodeService;
    private ContentService contentService;
    private TransactionService transactionService;
    private ChallengeAudit audit;
    private boolean enabled = true;

    @Override
    public void setBeanFactory(BeanFactory beanFactory)
    {
        this.beanFactory = beanFactory;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setContentService(ContentService contentService)
    {
        this.contentService = contentService;
    }

    public void setTransactionService(TransactionService transactionService)
    {
        this.transactionService = transactionService;
    }

    public void setAudit(ChallengeAudit audit)
    {
        this.audit = audit;
    }

    public void setSettings(Properties settings)
    {
        this.enabled = !"false".equalsIgnoreCase(settings.getProperty(RecordsDeclaration.SETTING, "true").trim());
    }

    @Override
    public RecordsDeclaration getObject()
    {
        if (!beanFactory.containsBean(RECORD_SERVICE))
        {
            LOG.info("Alfresco Governance Services is not installed: closed practice challenges are not declared as records. "
                    + "Each challenge still carries pc:retainUntil from the retention schedule.");
            return new NoRecordsDeclaration();
        }
        if (!enabled)
        {
            LOG.info("{}=false: closed practice challenges are not declared as records.", RecordsDeclaration.SETTING);
            return new NoRecordsDeclaration();
        }
        LOG.info("Closed practice challenges are declared as records in the default file plan of Governance Services.");
        return governanceServices();
    }

    private RecordsDeclaration governanceServices()
    {
        try
        {
            return (RecordsDeclaration) Class.forName(GOVERNANCE_SERVICES_DECLARATION)
                    .getConstructor(BeanFactory.class, NodeService.class, ContentService.class, TransactionService.class, ChallengeAudit.class)
                    .newInstance(beanFactory, nodeService, contentService, transactionService, audit);
        }
        catch (ReflectiveOperationException | LinkageError broken)
        {
            throw new IllegalStateException("Governance Services is installed but Practice Challenge cannot use it: " + broken, broken);
        }
    }

    @Override
    public Class<?> getObjectType()
    {
        return RecordsDeclaration.class;
    }
}
