package org.practicechallenge.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.activiti.engine.ActivitiException;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.impl.context.Context;
import org.activiti.engine.impl.interceptor.CommandContext;
import org.practicechallenge.protocol.ProtocolViolation;

/**
 * Serialises completions of one challenge. Two people completing the same task at once would otherwise both read
 * it, and the loser would fail at flush with a foreign-key or locking error from the database. Holding the process
 * instance's row lock, then checking the task still exists, turns that into a clear refusal and one outcome.
 */
final class ProcessInstanceLock
{
    private ProcessInstanceLock()
    {
    }

    static void holdWhileCompleting(DelegateTask task)
    {
        CommandContext command = Context.getCommandContext();
        String prefix = command.getProcessEngineConfiguration().getDatabaseTablePrefix();
        Connection connection = command.getDbSqlSession().getSqlSession().getConnection();
        try
        {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT ID_ FROM " + prefix + "ACT_RU_EXECUTION WHERE ID_ = ? FOR UPDATE"))
            {
                lock.setString(1, task.getProcessInstanceId());
                lock.executeQuery().close();
            }
            try (PreparedStatement stillOpen = connection.prepareStatement(
                    "SELECT ID_ FROM " + prefix + "ACT_RU_TASK WHERE ID_ = ?"))
            {
                stillOpen.setString(1, task.getId());
                try (ResultSet rows = stillOpen.executeQuery())
                {
                    if (!rows.next())
                    {
                        throw new ProtocolViolation("task", "'" + task.getName()
                                + "' was completed by someone else at the same moment; nothing was changed");
                    }
                }
            }
        }
        catch (SQLException e)
        {
            throw new ActivitiException("could not lock the challenge's process for completion", e);
        }
    }
}
