package org.practicechallenge.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A new, empty database for one trial, dropped after it: an H2 in-memory database of its own name, or a PostgreSQL
 * database created for the trial. No trial runs on rows another left, nor on a database others' tests drop and
 * recreate under it (the shared database {@code test} is only used to issue CREATE and DROP).
 */
final class TrialDatabase implements AutoCloseable
{
    static final String POSTGRESQL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String POSTGRESQL_ADMIN_URL = POSTGRESQL_SERVER + "test";
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final boolean postgresql;
    private final String name;
    private final String url;

    private TrialDatabase(boolean postgresql, String name, String url)
    {
        this.postgresql = postgresql;
        this.name = name;
        this.url = url;
    }

    /** {@code database} is {@code h2} or {@code postgresql}, as the benchmark's parameter. */
    static TrialDatabase fresh(String database)
    {
        String name = "pc_bench_" + ProcessHandle.current().pid() + "_" + NUMBER.incrementAndGet();
        if (database.equals("postgresql"))
        {
            admin("CREATE DATABASE " + name);
            return new TrialDatabase(true, name, POSTGRESQL_SERVER + name);
        }
        return new TrialDatabase(false, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    String name()
    {
        return name;
    }

    /** Sets the harness's {@code practicechallenge.test.jdbc.*} properties; tallied, through {@link RowTally}. */
    void pointEngineHere(boolean tallied)
    {
        System.setProperty("practicechallenge.test.jdbc.url", tallied ? RowTally.PREFIX + url : url);
        System.setProperty("practicechallenge.test.jdbc.driver", tallied ? RowTally.class.getName()
                : postgresql ? "org.postgresql.Driver" : "org.h2.Driver");
        System.setProperty("practicechallenge.test.jdbc.username", user());
        System.setProperty("practicechallenge.test.jdbc.password", "");
    }

    long rows(String table)
    {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from " + table))
        {
            r.next();
            return r.getLong(1);
        }
        catch (SQLException e)
        {
            throw new IllegalStateException("cannot count " + table + " in " + name, e);
        }
    }

    /** Rows in each of Activiti's tables, by upper-case table name. */
    Map<String, Long> activitiRows()
    {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection c = connect(); ResultSet tables = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"}))
        {
            while (tables.next())
            {
                String table = tables.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (table.startsWith("ACT_"))
                {
                    rows.put(table, 0L);
                }
            }
        }
        catch (SQLException e)
        {
            throw new IllegalStateException("cannot list the tables of " + name, e);
        }
        rows.replaceAll((table, none) -> rows(table));
        return rows;
    }

    @Override
    public void close()
    {
        if (postgresql)
        {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            return;
        }
        try (Connection c = connect(); Statement s = c.createStatement())
        {
            s.execute("SHUTDOWN");
        }
        catch (SQLException e)
        {
            throw new IllegalStateException("cannot shut " + name + " down", e);
        }
    }

    static boolean postgresqlAnswers()
    {
        try (Connection ignored = DriverManager.getConnection(POSTGRESQL_ADMIN_URL, "postgres", ""))
        {
            return true;
        }
        catch (SQLException unreachable)
        {
            return false;
        }
    }

    private Connection connect() throws SQLException
    {
        return DriverManager.getConnection(url, user(), "");
    }

    private String user()
    {
        return postgresql ? "postgres" : "sa";
    }

    private static void admin(String statement)
    {
        try (Connection c = DriverManager.getConnection(POSTGRESQL_ADMIN_URL, "postgres", ""); Statement s = c.createStatement())
        {
            s.execute(statement);
        }
        catch (SQLException e)
        {
            throw new IllegalStateException(statement + " failed", e);
        }
    }
}
