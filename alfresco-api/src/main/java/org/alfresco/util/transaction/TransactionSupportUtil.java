package org.alfresco.util.transaction;

/**
 * Mirrors Alfresco's {@code org.alfresco.util.transaction.TransactionSupportUtil} (alfresco-core); compile-only, the
 * members we call. Resources are bound to the current transaction and dropped when it ends.
 */
public abstract class TransactionSupportUtil
{
    public static void bindResource(Object key, Object resource)
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's TransactionSupportUtil");
    }

    @SuppressWarnings("unchecked")
    public static <R> R getResource(Object key)
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's TransactionSupportUtil");
    }
}
