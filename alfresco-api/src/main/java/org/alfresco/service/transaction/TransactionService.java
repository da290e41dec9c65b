package org.alfresco.service.transaction;

import org.alfresco.repo.transaction.RetryingTransactionHelper;

/** Mirrors Alfresco's {@code org.alfresco.service.transaction.TransactionService}; compile-only, members we call. */
public interface TransactionService
{
    RetryingTransactionHelper getRetryingTransactionHelper();
}
