package io.datacoolie.metadata;

import io.datacoolie.api.UnsupportedDialectException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Creates the {@code dc_framework_*} tables from the DDL shipped for H2, PostgreSQL and MariaDB/MySQL
 * ({@code io/datacoolie/metadata/ddl/<database>/metadata.sql} and {@code watermarks.sql}). Idempotent.
 */
public final class MetadataSchema {
    private MetadataSchema() {
    }

    /**
     * Creates every metadata table and the watermark table, when missing.
     *
     * @param connection an open connection; its current schema receives the tables
     * @throws SQLException when a statement fails
     */
    public static void create(Connection connection) throws SQLException {
        run(connection, "metadata");
        run(connection, "watermarks");
    }

    /**
     * Creates only {@code dc_framework_watermarks}, when missing.
     *
     * @param connection an open connection
     * @throws SQLException when a statement fails
     */
    public static void createWatermarks(Connection connection) throws SQLException {
        run(connection, "watermarks");
    }

    /**
     * @param connection an open connection
     * @return {@code h2}, {@code postgresql} or {@code mariadb} (also for MySQL)
     * @throws SQLException when the metadata cannot be read
     * @throws UnsupportedDialectException for any other database
     */
    public static String databaseType(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return "h2";
        }
        if (product.contains("postgres")) {
            return "postgresql";
        }
        if (product.contains("mariadb") || product.contains("mysql")) {
            return "mariadb";
        }
        throw new UnsupportedDialectException("The dc_framework_* tables are shipped for H2, PostgreSQL and"
                + " MariaDB/MySQL, not for '" + product + "'. Create them by hand from the PostgreSQL DDL in"
                + " io/datacoolie/metadata/ddl/postgresql/.");
    }

    /**
     * @param databaseType {@code h2}, {@code postgresql} or {@code mariadb}
     * @param part {@code metadata} or {@code watermarks}
     * @return the DDL statements, without comments
     */
    public static List<String> statements(String databaseType, String part) {
        String path = "ddl/" + databaseType + "/" + part + ".sql";
        try (InputStream in = MetadataSchema.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no DDL resource " + path);
            }
            StringBuilder sql = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.trim().startsWith("--")) {
                    sql.append(line).append('\n');
                }
            }
            List<String> out = new ArrayList<>();
            for (String s : sql.toString().split(";")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Connection connection, String part) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : statements(databaseType(connection), part)) {
                st.execute(sql);
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
