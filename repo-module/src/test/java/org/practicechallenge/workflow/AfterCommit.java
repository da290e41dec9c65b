package org.practicechallenge.workflow;

import org.activiti.engine.impl.cfg.TransactionState;
import org.activiti.engine.impl.context.Context;
import org.activiti.engine.impl.interceptor.CommandContext;

/** Lets the in-memory fakes behave like Alfresco's transactional repository: writes land only on commit. */
final class AfterCommit
{
    private AfterCommit()
    {
    }

    static void run(Runnable write)
    {
        CommandContext command = Context.getCommandContext();
        if (command == null)
        {
            write.run();
            return;
        }
        command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> write.run());
    }
}
