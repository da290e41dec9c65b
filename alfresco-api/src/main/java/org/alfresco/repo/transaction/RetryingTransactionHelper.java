package org.alfresco.repo.transaction;

/**
 * Mirrors Alfresco's {@code org.alfresco.repo.transaction.RetryingTransactionHelper}; compile-only, members we call.
 * Bodies throw: tests mock it.
 */
public class RetryingTransactionHelper
{
    public interface RetryingTransactionCallback<Result>
    {
        Result execute() throws Throwable;
    }

    /** Runs {@code cb} in a transaction; {@code requiresNew} suspends the caller's transaction for a new one. */
    public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly, boolean requiresNew)
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's RetryingTransactionHelper");
    }
}
