package org.alfresco.util.transaction;

/**
 * Mirrors Alfresco's {@code org.alfresco.util.transaction.TransactionListener} (alfresco-core); compile-only. Bound
 * with {@code AlfrescoTransactionSupport.bindListener}; Alfresco calls it around the commit of the current transaction.
 */
public interface TransactionListener
{
    void beforeCommit(boolean readOnly);

    void beforeCompletion();

    void afterCommit();

    void afterRollback();

    default Integer getCustomOrder()
    {
        return null;
    }
}
