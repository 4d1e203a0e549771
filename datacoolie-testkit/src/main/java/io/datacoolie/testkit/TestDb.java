package io.datacoolie.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * One isolated, real test database: an in-memory H2 database, or a fresh schema (PostgreSQL) or database (MariaDB)
 * on the local servers. Each instance has a unique name, so tests never see each other's tables. Close it to drop
 * what it created.
 *
 * <p>PostgreSQL (127.0.0.1:5432, user postgres, database test) and MariaDB (127.0.0.1:3306, root, no password) are
 * used when they answer. When one does not, {@link #open(Kind)} skips the test with a visible message, unless the
 * system property {@code datacoolie.it.required} (set by the build when {@code CI=true}) is true: then it fails.
 */
public final class TestDb implements AutoCloseable {

    /** The kinds of database the tests run on. */
    public enum Kind {
        /** Embedded H2, always available. */
        H2,
        /** Local PostgreSQL server. */
        POSTGRES,
        /** Local MariaDB server. */
        MARIADB
    }

    private static final String PG_HOST = System.getProperty("datacoolie.pg.host", "127.0.0.1");
    private static final String MARIA_HOST = System.getProperty("datacoolie.mariadb.host", "127.0.0.1");

    private final Kind kind;
    private final String schema;
    private final String url;
    private final String user;
    private final String password;

    private TestDb(Kind kind, String schema, String url, String user, String password) {
        this.kind = kind;
        this.schema = schema;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * Opens a fresh, isolated database of the given kind.
     *
     * @param kind the database kind
     * @return the database; close it to drop it
     */
    public static TestDb open(Kind kind) {
        String name = "dc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        switch (kind) {
            case H2:
                return new TestDb(kind, "PUBLIC", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
            case POSTGRES: {
                String base = "jdbc:postgresql://" + PG_HOST + ":5432/test";
                requireReachable(kind, base, "postgres", "");
                exec(base, "postgres", "", "CREATE SCHEMA " + name);
                return new TestDb(kind, name, base + "?currentSchema=" + name, "postgres", "");
            }
            case MARIADB: {
                String base = "jdbc:mariadb://" + MARIA_HOST + ":3306/test";
                requireReachable(kind, base, "root", "");
                exec(base, "root", "", "CREATE DATABASE " + name);
                return new TestDb(kind, name, "jdbc:mariadb://" + MARIA_HOST + ":3306/" + name
                        + "?rewriteBatchedStatements=true", "root", "");
            }
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }

    /**
     * @return true when integration tests must not skip (CI)
     */
    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty("datacoolie.it.required", "false"))
                || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static void requireReachable(Kind kind, String url, String user, String password) {
        try (Connection c = connect(url, user, password)) {
            c.isValid(2);
        } catch (SQLException e) {
            String msg = kind + " is not reachable at " + url + " (" + e.getMessage() + ")";
            if (required()) {
                throw new IllegalStateException(msg + "; CI=true requires it. Start it with .ci/services.sh", e);
            }
            System.err.println("SKIPPED: " + msg + ". Start it with .ci/services.sh to run this test.");
            Assumptions.assumeTrue(false, msg);
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("connectTimeout", kindTimeout(url));
        return DriverManager.getConnection(url, p);
    }

    private static String kindTimeout(String url) {
        // PostgreSQL takes seconds, MariaDB milliseconds.
        return url.startsWith("jdbc:postgresql") ? "3" : "3000";
    }

    private static void exec(String url, String user, String password, String sql) {
        try (Connection c = connect(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** @return the kind */
    public Kind kind() {
        return kind;
    }

    /** @return the schema (PostgreSQL), database (MariaDB) or {@code PUBLIC} (H2) that holds this test's tables */
    public String schema() {
        return schema;
    }

    /** @return a JDBC URL whose default schema is {@link #schema()} */
    public String url() {
        return url;
    }

    /** @return the user */
    public String user() {
        return user;
    }

    /** @return the password */
    public String password() {
        return password;
    }

    /**
     * @return a new connection; the caller closes it
     * @throws SQLException when the database refuses
     */
    public Connection connect() throws SQLException {
        return connect(url, user, password);
    }

    /**
     * Runs statements in autocommit mode.
     *
     * @param sql statements
     */
    public void execute(String... sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        switch (kind) {
            case H2:
                execute("SHUTDOWN");
                break;
            case POSTGRES:
                exec("jdbc:postgresql://" + PG_HOST + ":5432/test", "postgres", "", "DROP SCHEMA " + schema + " CASCADE");
                break;
            case MARIADB:
                exec("jdbc:mariadb://" + MARIA_HOST + ":3306/test", "root", "", "DROP DATABASE " + schema);
                break;
            default:
                break;
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + schema;
    }
}
