package org.practicechallenge.repo.register;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

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
                    + "PRIMARY KEY (node_ref))",
            "CREATE INDEX pc_register_raised ON " + NAME + " (raised_at)",
            "CREATE INDEX pc_register_open ON " + NAME + " (status, stage_rank)",
            "CREATE INDEX pc_register_raising ON " + NAME + " (raising_agency)",
            "CREATE INDEX pc_register_responding ON " + NAME + " (responding_agency)");

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
        ensureExists(dataSource, CIN_CHECKS, CREATE_CIN_CHECKS);
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
