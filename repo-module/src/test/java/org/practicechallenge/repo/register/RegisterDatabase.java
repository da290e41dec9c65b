package org.practicechallenge.repo.register;

import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.commons.dbcp2.BasicDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A real database holding an empty register: H2 in memory, or the database the build names with
 * {@code practicechallenge.test.jdbc.*} ({@code -Ppostgresql}, {@code -Pmariadb}), where the table is dropped and
 * created again so each test starts empty.
 */
public final class RegisterDatabase
{
    private final DataSource dataSource;
    private final ChallengeRegister register;

    private RegisterDatabase(DataSource dataSource)
    {
        this.dataSource = dataSource;
        this.register = new ChallengeRegister(dataSource);
    }

    /** A fresh H2 database of its own, whatever the build's database. */
    public static RegisterDatabase inMemory()
    {
        return created(new DriverManagerDataSource("jdbc:h2:mem:register-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", ""));
    }

    /**
     * A fresh H2 database behind a pool that keeps prepared statements, as Alfresco's {@code dataSource} does
     * ({@code db.pool.statements.enable=true}, commons-dbcp2).
     */
    public static RegisterDatabase pooled()
    {
        BasicDataSource pool = new BasicDataSource();
        pool.setUrl("jdbc:h2:mem:register-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        pool.setUsername("sa");
        pool.setPoolPreparedStatements(true);
        pool.setMaxOpenPreparedStatements(40);
        pool.setMaxTotal(1);
        return created(pool);
    }

    /** The build's database (H2 unless a profile names another), with the register emptied. */
    public static RegisterDatabase configured()
    {
        String url = System.getProperty("practicechallenge.test.jdbc.url", "");
        if (url.isEmpty() || url.startsWith("jdbc:h2:"))
        {
            return inMemory();
        }
        // A pool, as Alfresco's dataSource is: a connection per statement made each test's 2 500 rows take minutes.
        BasicDataSource dataSource = new BasicDataSource();
        dataSource.setUrl(url);
        dataSource.setUsername(System.getProperty("practicechallenge.test.jdbc.username", ""));
        dataSource.setPassword(System.getProperty("practicechallenge.test.jdbc.password", ""));
        dataSource.setDriverClassName(System.getProperty("practicechallenge.test.jdbc.driver"));
        dataSource.setPoolPreparedStatements(true);
        dataSource.setMaxOpenPreparedStatements(40);
        dataSource.setMaxTotal(4);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("DROP TABLE IF EXISTS " + RegisterTable.NAME);
        return created(dataSource);
    }

    private static RegisterDatabase created(DataSource dataSource)
    {
        RegisterDatabase database = new RegisterDatabase(dataSource);
        try
        {
            database.register.init();
        }
        catch (SQLException e)
        {
            throw new IllegalStateException("could not create the register's table", e);
        }
        return database;
    }

    public DataSource dataSource()
    {
        return dataSource;
    }

    public ChallengeRegister register()
    {
        return register;
    }
}
