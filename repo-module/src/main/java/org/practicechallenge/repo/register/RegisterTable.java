package org.practicechallenge.repo.register;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * The register's tables in Alfresco's own database, created at start-up when they are missing. Plain SQL types that
 * every database ACS supports accepts (PostgreSQL, MySQL/MariaDB, Oracle, SQL Server; H2 in tests): moments as
 * epoch milliseconds in {@code NUMERIC(19)}, days as epoch days in {@code INTEGER}, flags as {@code SMALLINT}.
 */
public final class RegisterTable
{
    public static final String NAME = "pc_challenge_register";
    /** The six-week Child in Need checks recorded, one row per check's entry on a case folder. */
    public static final String CIN_CHECKS = "pc_cin_check_register";

    /** A column and its SQL type. */
    record Column(String name, String type)
    {
    }

    /** An index and the columns it covers. */
    record Index(String name, String columns)
    {
    }

    /**
     * Columns added after the first release: a table created by an earlier install gains them at start-up
     * ({@code ALTER TABLE ... ADD}); its rows fill them as each challenge next changes.
     */
    static final List<Column> ADDED_COLUMNS = List.of(
            new Column("raised_by", "VARCHAR(255)"),
            new Column("challenged_practitioner", "VARCHAR(255)"));

    /**
     * The indexes: the directors' list and the report's (raised, open, either side), and the finding pages'
     * (a case folder's challenges, a child's, a person's either way).
     */
    static final List<Index> INDEXES = List.of(
            new Index("pc_register_raised", "raised_at"),
            new Index("pc_register_open", "status, stage_rank"),
            new Index("pc_register_raising", "raising_agency"),
            new Index("pc_register_responding", "responding_agency"),
            new Index("pc_register_case_folder", "case_folder"),
            new Index("pc_register_child", "child_identifier"),
            new Index("pc_register_raised_by", "raised_by"),
            new Index("pc_register_challenged", "challenged_practitioner"));

    static final List<String> CREATE = List.of(
            "CREATE TABLE " + NAME + " ("
                    + "node_ref VARCHAR(128) NOT NULL, "
                    + "reference VARCHAR(64), "
                    + "case_folder VARCHAR(128), "
                    + "child_identifier VARCHAR(64), "
                    + "child_name VARCHAR(255), "
                    + "kind VARCHAR(32) NOT NULL, "
                    + "stage_rank INTEGER NOT NULL, "
                    + "start_stage_rank INTEGER, "
                    + "status VARCHAR(16) NOT NULL, "
                    + "raising_agency VARCHAR(64), "
                    + "responding_agency VARCHAR(64), "
                    + "issue_category VARCHAR(64), "
                    + "case_category VARCHAR(64), "
                    + "raised_at NUMERIC(19) NOT NULL, "
                    + "closed_at NUMERIC(19), "
                    + "due_day INTEGER, "
                    + "overdue SMALLINT NOT NULL, "
                    + "raised_late SMALLINT NOT NULL, "
                    + "family_informed_day INTEGER, "
                    + "stage1_day INTEGER, stage2_day INTEGER, stage3_day INTEGER, stage4_day INTEGER, "
                    + "prg_day INTEGER, "
                    + ADDED_COLUMNS.stream().map(c -> c.name() + " " + c.type() + ", ").collect(Collectors.joining())
                    + "PRIMARY KEY (node_ref))");

    static final List<String> CREATE_CIN_CHECKS = List.of(
            "CREATE TABLE " + CIN_CHECKS + " ("
                    + "node_ref VARCHAR(128) NOT NULL, "
                    + "case_folder VARCHAR(128), "
                    + "recorded_at NUMERIC(19) NOT NULL, "
                    + "outcome VARCHAR(32) NOT NULL, "
                    + "agency VARCHAR(64), "
                    + "PRIMARY KEY (node_ref))",
            "CREATE INDEX pc_cin_checks_recorded ON " + CIN_CHECKS + " (recorded_at)");

    private RegisterTable()
    {
    }

    /**
     * Creates the table and its indexes unless they exist. Two repositories of a cluster starting together may both
     * try: the loser's error is ignored when the table is then there.
     */
    public static void ensureExists(DataSource dataSource) throws SQLException
    {
        ensureExists(dataSource, NAME, CREATE);
        ensureColumns(dataSource);
        ensureIndexes(dataSource);
        ensureExists(dataSource, CIN_CHECKS, CREATE_CIN_CHECKS);
    }

    /** Adds each column a table from an earlier install lacks. */
    private static void ensureColumns(DataSource dataSource) throws SQLException
    {
        for (Column column : ADDED_COLUMNS)
        {
            ensure(dataSource, connection -> hasColumn(connection, NAME, column.name()),
                    "ALTER TABLE " + NAME + " ADD " + column.name() + " " + column.type());
        }
    }

    /** Creates each index the table lacks, whether the table is new or from an earlier install. */
    private static void ensureIndexes(DataSource dataSource) throws SQLException
    {
        for (Index index : INDEXES)
        {
            ensure(dataSource, connection -> hasIndex(connection, NAME, index.name()),
                    "CREATE INDEX " + index.name() + " ON " + NAME + " (" + index.columns() + ")");
        }
    }

    /** Something the schema can be asked about. */
    private interface Present
    {
        boolean in(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code sql} unless {@code present} already holds; when two repositories of a cluster both try, the
     * loser's error is ignored if the change is then there.
     */
    private static void ensure(DataSource dataSource, Present present, String sql) throws SQLException
    {
        try (Connection connection = dataSource.getConnection())
        {
            if (present.in(connection))
            {
                return;
            }
            try (Statement statement = connection.createStatement())
            {
                statement.execute(sql);
                if (!connection.getAutoCommit())
                {
                    connection.commit();
                }
            }
            catch (SQLException failed)
            {
                if (!connection.getAutoCommit())
                {
                    connection.rollback();
                }
                if (!present.in(connection))
                {
                    throw failed;
                }
            }
        }
    }

    private static void ensureExists(DataSource dataSource, String table, List<String> create) throws SQLException
    {
        try (Connection connection = dataSource.getConnection())
        {
            if (exists(connection, table))
            {
                return;
            }
            try (Statement statement = connection.createStatement())
            {
                for (String sql : create)
                {
                    statement.execute(sql);
                }
                if (!connection.getAutoCommit())
                {
                    connection.commit();
                }
            }
            catch (SQLException failed)
            {
                if (!connection.getAutoCommit())
                {
                    connection.rollback();
                }
                if (!exists(connection, table))
                {
                    throw failed;
                }
            }
        }
    }

    /** Whether the table has the column, however the database folds the case of unquoted names. */
    static boolean hasColumn(Connection connection, String table, String column) throws SQLException
    {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String tableName : folded(table))
        {
            for (String columnName : folded(column))
            {
                try (ResultSet columns = metaData.getColumns(connection.getCatalog(), connection.getSchema(), tableName,
                        columnName))
                {
                    if (columns.next())
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the table has an index of this name, however the database folds the case of unquoted names. */
    static boolean hasIndex(Connection connection, String table, String index) throws SQLException
    {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String tableName : folded(table))
        {
            try (ResultSet indexes = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), tableName,
                    false, true))
            {
                while (indexes.next())
                {
                    if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME")))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> folded(String name)
    {
        return List.of(name, name.toUpperCase(Locale.ROOT));
    }

    /** Whether the table is in the connection's schema, however the database folds the case of unquoted names. */
    static boolean exists(Connection connection, String table) throws SQLException
    {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT)))
        {
            try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), name, new String[] {"TABLE"}))
            {
                if (tables.next())
                {
                    return true;
                }
            }
        }
        return false;
    }
}
