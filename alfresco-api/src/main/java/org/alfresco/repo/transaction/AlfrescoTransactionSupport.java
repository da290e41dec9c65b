package org.alfresco.repo.transaction;

import org.alfresco.util.transaction.TransactionListener;
import org.alfresco.util.transaction.TransactionSupportUtil;

/**
 * Mirrors Alfresco's {@code org.alfresco.repo.transaction.AlfrescoTransactionSupport}; compile-only, members we call.
 * The body throws: tests stub the static with Mockito.
 */
public abstract class AlfrescoTransactionSupport extends TransactionSupportUtil
{
    public static void bindListener(TransactionListener listener)
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's AlfrescoTransactionSupport");
    }
}
