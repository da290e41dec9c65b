package org.practicechallenge.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC driver in front of the real one ({@code jdbc:tally:<real url>}) that counts the rows each insert, update and
 * delete touched, by table: what the engine wrote, including runtime rows it deleted again before anyone could count
 * them in the table. Only for the row count pass; the timed trials use the plain driver.
 */
public final class RowTally implements Driver
{
    static final String PREFIX = "jdbc:tally:";
    private static final Pattern WRITE = Pattern.compile("^\\s*(insert\\s+into|update|delete\\s+from)\\s+([A-Za-z0-9_.]+)",
            Pattern.CASE_INSENSITIVE);
    /** Per table, rows inserted, updated and deleted. */
    private static final Map<String, long[]> WRITTEN = new TreeMap<>();

    static
    {
        try
        {
            DriverManager.registerDriver(new RowTally());
        }
        catch (SQLException e)
        {
            throw new ExceptionInInitializerError(e);
        }
    }

    static synchronized void reset()
    {
        WRITTEN.clear();
    }

    /** Rows inserted, updated and deleted per table since the last {@link #reset()}. */
    static synchronized Map<String, long[]> written()
    {
        Map<String, long[]> copy = new TreeMap<>();
        WRITTEN.forEach((table, counts) -> copy.put(table, counts.clone()));
        return copy;
    }

    private static synchronized void count(String sql, long rows)
    {
        Matcher write = WRITE.matcher(sql);
        if (rows > 0 && write.find())
        {
            String verb = write.group(1).toLowerCase(Locale.ROOT);
            int column = verb.startsWith("insert") ? 0 : verb.startsWith("update") ? 1 : 2;
            WRITTEN.computeIfAbsent(write.group(2).toUpperCase(Locale.ROOT), t -> new long[3])[column] += rows;
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException
    {
        if (!acceptsURL(url))
        {
            return null;
        }
        Connection real = DriverManager.getConnection(url.substring(PREFIX.length()), info);
        return proxy(Connection.class, real, (method, args, result) ->
                method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement
                        ? tallied(statement, (String) args[0]) : result);
    }

    private static PreparedStatement tallied(PreparedStatement real, String sql)
    {
        return proxy(PreparedStatement.class, real, (method, args, result) ->
        {
            switch (method.getName())
            {
                case "execute" -> count(sql, Boolean.FALSE.equals(result) ? real.getUpdateCount() : 0);
                case "executeUpdate", "executeLargeUpdate" -> count(sql, ((Number) result).longValue());
                case "executeBatch" ->
                {
                    for (int rows : (int[]) result)
                    {
                        count(sql, rows);
                    }
                }
                default -> { }
            }
            return result;
        });
    }

    /** What to do with a call's result after the real object answered it. */
    private interface Afterwards
    {
        Object apply(Method method, Object[] args, Object result) throws SQLException;
    }

    private static <T> T proxy(Class<T> type, T real, Afterwards afterwards)
    {
        InvocationHandler handler = (self, method, args) ->
        {
            try
            {
                return afterwards.apply(method, args, method.invoke(real, args));
            }
            catch (InvocationTargetException e)
            {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(RowTally.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    @Override
    public boolean acceptsURL(String url)
    {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info)
    {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion()
    {
        return 1;
    }

    @Override
    public int getMinorVersion()
    {
        return 0;
    }

    @Override
    public boolean jdbcCompliant()
    {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException
    {
        throw new SQLFeatureNotSupportedException();
    }
}
