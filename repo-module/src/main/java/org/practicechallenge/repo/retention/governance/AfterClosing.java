package org.practicechallenge.repo.retention.governance;

import org.alfresco.util.transaction.TransactionListener;

/** Runs its work once the closing transaction has committed; nothing on rollback, as nothing was closed. */
final class AfterClosing implements TransactionListener
{
    private final Runnable work;

    AfterClosing(Runnable work)
    {
        this.work = work;
    }

    @Override
    public void beforeCommit(boolean readOnly)
    {
        // Nothing may happen inside the closing transaction.
    }

    @Override
    public void beforeCompletion()
    {
        // Nothing may happen inside the closing transaction.
    }

    @Override
    public void afterCommit()
    {
        work.run();
    }

    @Override
    public void afterRollback()
    {
        // The challenge did not close.
    }
}
