package org.practicechallenge.workflow;

import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.impl.context.Context;
import org.activiti.engine.impl.db.HasRevision;
import org.activiti.engine.impl.db.PersistentObject;
import org.activiti.engine.impl.interceptor.CommandConfig;
import org.activiti.engine.impl.interceptor.CommandContext;
import org.practicechallenge.protocol.ProtocolViolation;

/**
 * The lock a completion takes on its challenge before anything of it is recorded: exactly one of two completions
 * arriving together goes on, the other is refused with nothing changed. It is the engine's own optimistic locking,
 * taken early, so it works on every database Activiti and ACS support; no SQL of ours.
 *
 * <p>Activiti 5.23 writes a command's changes only when its {@code DbSqlSession} flushes (inserts, then updates, then
 * deletes), and guards every update and delete of a revisioned row with {@code REV_ = <revision read>}, failing with
 * {@code ActivitiOptimisticLockingException} when no row matches. Left to the flush, both completions would run their
 * listeners on what they read, and the loser would fail late on whichever statement met the winner's rows first: the
 * engine's bare "was updated by another transaction concurrently", a foreign-key error or deadlock from an insert
 * referring to rows the winner deleted, or a NullPointerException when the winner closed the challenge before the
 * loser read its execution. So the completing listener runs the engine's own mapped update statements at once, on
 * rows both completions must change:
 * <ol>
 * <li>the process instance ({@code updateExecution}): one row per challenge, so completions of any of its tasks queue
 * on it. The first takes the row; a second waits for it on the database, then matches no row (the revision it read is
 * gone, or the row is, when the challenge closed);</li>
 * <li>the task itself ({@code updateTask}): a completion that read the task before the winner committed but the
 * process instance only after (read-committed databases) still holds the task's old revision and matches no row.</li>
 * </ol>
 * Each update writes the entity's unchanged columns with the next revision, as a flush would, and the entity takes
 * that revision, so the winner's own flush (its update or {@code REV_}-checked delete) goes on as usual.
 *
 * <p>The loser gets a {@link ProtocolViolation} (so a {@link ChallengeRejected}): "completed by someone else" when the
 * task is gone, "try again" when only the challenge moved on. Alfresco's {@code RetryingTransactionHelper} retries
 * none of these (its list holds SQL, MyBatis and Spring concurrency exceptions), so that is what the user reads; a
 * loser arriving after the winner committed never gets here: the engine finds no task to complete.
 */
final class CompletionLock
{
    private CompletionLock()
    {
    }

    static void take(DelegateTask task)
    {
        if (task.getProcessInstanceId() == null)
        {
            return;
        }
        CommandContext command = Context.getCommandContext();
        // A completion runs two complete listeners (lateness, then the task's own recording): one lock is enough.
        String held = CompletionLock.class.getName() + "." + task.getId();
        if (command.getAttribute(held) != null)
        {
            return;
        }
        command.addAttribute(held, Boolean.TRUE);
        boolean first = advance(command, command.getExecutionEntityManager().findExecutionById(task.getProcessInstanceId()))
                && advance(command, command.getTaskEntityManager().findTaskById(task.getId()));
        if (!first)
        {
            throw refusal(command, task);
        }
    }

    /** Runs the entity's mapped update now; false when another transaction changed or removed its row since it was read. */
    private static <E extends PersistentObject & HasRevision> boolean advance(CommandContext command, E entity)
    {
        if (entity == null)
        {
            return false;
        }
        String update = command.getProcessEngineConfiguration().getDbSqlSessionFactory().getUpdateStatement(entity);
        if (command.getDbSqlSession().update(update, entity) != 1)
        {
            return false;
        }
        entity.setRevision(entity.getRevisionNext());
        return true;
    }

    private static ProtocolViolation refusal(CommandContext command, DelegateTask task)
    {
        // The other transaction has committed. Ask a new transaction whether it completed this task: this one may
        // still read its first snapshot (MySQL and MariaDB's repeatable read).
        boolean stillOpen = command.getProcessEngineConfiguration().getCommandExecutor().execute(
                new CommandConfig().transactionRequiresNew(), fresh -> fresh.getTaskEntityManager().findTaskById(task.getId()) != null);
        return new ProtocolViolation("task", "'" + task.getName() + "' " + (stillOpen
                ? "was not completed: someone else changed it or its challenge at the same moment; nothing was changed, try again"
                : "was completed by someone else at the same moment; nothing was changed"));
    }
}
