package io.datacoolie.examples.bench;

import io.datacoolie.examples.orders.Vendor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One isolated benchmark database: an H2 file database in a fresh directory, or a fresh schema (PostgreSQL) or
 * database (MariaDB) on the local servers, removed again by {@link #close()}.
 */
public final class BenchDb implements AutoCloseable {

    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String MARIA_ADMIN = "jdbc:mariadb://127.0.0.1:3306/test";

    private final Vendor vendor;
    private final String name;
    private final String url;
    private final String user;
    private final Path h2Dir;
    private final boolean owned;

    private BenchDb(Vendor vendor, String name, String url, String user, Path h2Dir, boolean owned) {
        this.vendor = vendor;
        this.name = name;
        this.url = url;
        this.user = user;
        this.h2Dir = h2Dir;
        this.owned = owned;
    }

    private BenchDb(Vendor vendor, String name, String url, String user, Path h2Dir) {
        this(vendor, name, url, user, h2Dir, true);
    }

    /**
     * A database another process created; {@link #close()} leaves it alone.
     *
     * @param name the schema or database
     * @param url the JDBC URL
     * @param user the user
     * @return a handle
     */
    public static BenchDb existing(String name, String url, String user) {
        return new BenchDb(Vendor.fromUrl(url), name, url, user, null, false);
    }

    /**
     * @param vendor the database kind
     * @param workDir where H2 files go
     * @return a fresh, empty database
     * @throws SQLException when a server is unreachable
     */
    public static BenchDb create(Vendor vendor, Path workDir) throws SQLException {
        String name = "dcbench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        switch (vendor) {
            case H2: {
                Path dir = workDir.resolve(name);
                // Not LAZY_QUERY_EXECUTION: with it, H2 2.4.240 failed a long streamed read with "Chunk 609 not
                // found" after the same database had been written heavily (its MVStore compacted the chunk away).
                String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db") + ";DB_CLOSE_DELAY=-1";
                return new BenchDb(vendor, "PUBLIC", url, "sa", dir);
            }
            case POSTGRES:
                admin(PG_ADMIN, "postgres", "CREATE SCHEMA " + name);
                return new BenchDb(vendor, name, PG_ADMIN + "?currentSchema=" + name + "&reWriteBatchedInserts=true",
                        "postgres", null);
            default:
                admin(MARIA_ADMIN, "root", "CREATE DATABASE " + name);
                return new BenchDb(vendor, name, "jdbc:mariadb://127.0.0.1:3306/" + name, "root", null);
        }
    }

    private static void admin(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** @return the vendor */
    public Vendor vendor() {
        return vendor;
    }

    /** @return the schema or database that holds the tables */
    public String name() {
        return name;
    }

    /** @return the JDBC URL */
    public String url() {
        return url;
    }

    /** @return the user (the password is empty) */
    public String user() {
        return user;
    }

    /**
     * @return a new connection
     * @throws SQLException when the database refuses
     */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /**
     * Runs statements in autocommit mode.
     *
     * @param sql the statements
     * @throws SQLException when one fails
     */
    public void execute(String... sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    /**
     * Empties a table and makes sure {@code updated_at} is indexed, as a replay destination should be: a replay
     * chunk first deletes its range, which without an index scans the whole table.
     *
     * @param table a table name; nothing happens when it does not exist yet
     * @throws SQLException when a statement fails
     */
    public void resetDestination(String table) throws SQLException {
        try (Connection c = connect()) {
            if (!tableExists(c, table)) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("TRUNCATE TABLE " + table);
                // One index on updated_at, never two: a table DataCoolie created already has its own
                // (ix_<table>_updated_at), and a second one would make every insert maintain both.
                if (!updatedAtIndexed(c, table)) {
                    s.execute("CREATE INDEX " + table + "_upd_ix ON " + table + " (updated_at)");
                }
            }
        }
    }

    /**
     * @param c a connection
     * @param table an existing table
     * @return true when some index of the table starts with {@code updated_at}
     * @throws SQLException when the metadata cannot be read
     */
    boolean updatedAtIndexed(Connection c, String table) throws SQLException {
        return anyMetadataRow(table, (catalog, schema, t) -> c.getMetaData().getIndexInfo(catalog, schema, t, false,
                false), rs -> rs.getShort("ORDINAL_POSITION") == 1
                        && "updated_at".equalsIgnoreCase(rs.getString("COLUMN_NAME")));
    }

    private boolean tableExists(Connection c, String table) throws SQLException {
        return anyMetadataRow(table, (catalog, schema, t) -> c.getMetaData().getTables(catalog, schema, t, null),
                rs -> true);
    }

    private interface MetadataQuery {
        ResultSet query(String catalog, String schema, String table) throws SQLException;
    }

    private interface RowTest {
        boolean test(ResultSet rs) throws SQLException;
    }

    /** Looks the table up as named and upper-cased (H2), in this database's schema (its catalog on MariaDB). */
    private boolean anyMetadataRow(String table, MetadataQuery query, RowTest test) throws SQLException {
        String schema = vendor == Vendor.MARIADB ? null : name;
        String catalog = vendor == Vendor.MARIADB ? name : null;
        for (String t : new String[] {table, table.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet rs = query.query(catalog, schema, t)) {
                while (rs.next()) {
                    if (test.test(rs)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** @return the database product and version */
    public String version() {
        try (Connection c = connect()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return vendor + " (version unknown: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws SQLException {
        if (!owned) {
            return;
        }
        switch (vendor) {
            case H2:
                execute("SHUTDOWN");
                deleteTree(h2Dir);
                break;
            case POSTGRES:
                admin(PG_ADMIN, "postgres", "DROP SCHEMA " + name + " CASCADE");
                break;
            default:
                admin(MARIA_ADMIN, "root", "DROP DATABASE " + name);
                break;
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return vendor + ":" + name;
    }
}
