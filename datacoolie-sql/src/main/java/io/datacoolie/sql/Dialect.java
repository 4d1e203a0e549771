package io.datacoolie.sql;

import io.datacoolie.api.UnsupportedDialectException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The databases this edition renders SQL for, with their capabilities named, detected from a JDBC connection or URL.
 *
 * <p>SQL Server and Oracle are refused with {@link UnsupportedDialectException}: jOOQ's open-source edition cannot
 * render them and they are not tested here.
 */
public enum Dialect {
    /** H2 2.x (the embedded default). */
    H2('"', true, UpsertStyle.MERGE_KEY),
    /** PostgreSQL 12 or later. */
    POSTGRES('"', true, UpsertStyle.ON_CONFLICT),
    /** MariaDB 10.5 or later. */
    MARIADB('`', true, UpsertStyle.ON_DUPLICATE_KEY),
    /** MySQL 8 or later (rendered like MariaDB; not tested against a server here). */
    MYSQL('`', true, UpsertStyle.ON_DUPLICATE_KEY);

    /** How the dialect expresses an insert-or-update on a key. */
    public enum UpsertStyle {
        /** {@code MERGE INTO t (cols) KEY (k) SELECT ...} (H2). */
        MERGE_KEY,
        /** {@code INSERT ... ON CONFLICT (k) DO UPDATE SET c = EXCLUDED.c} (PostgreSQL, needs a unique index). */
        ON_CONFLICT,
        /** {@code INSERT ... ON DUPLICATE KEY UPDATE c = VALUES(c)} (MariaDB/MySQL, needs a unique index). */
        ON_DUPLICATE_KEY
    }

    private final char quote;
    private final boolean windowFunctions;
    private final UpsertStyle upsertStyle;

    Dialect(char quote, boolean windowFunctions, UpsertStyle upsertStyle) {
        this.quote = quote;
        this.windowFunctions = windowFunctions;
        this.upsertStyle = upsertStyle;
    }

    /**
     * Detects the dialect of an open connection from its metadata (product name, then URL).
     *
     * @param connection an open connection
     * @return the dialect
     * @throws UnsupportedDialectException for any other database
     */
    public static Dialect detect(Connection connection) {
        try {
            DatabaseMetaData md = connection.getMetaData();
            return fromProduct(md.getDatabaseProductName(), md.getURL());
        } catch (SQLException e) {
            throw new UnsupportedDialectException("Cannot read the database product from the connection: "
                    + e.getMessage() + ". Check that the connection is open.");
        }
    }

    /**
     * Detects the dialect from a JDBC URL such as {@code jdbc:postgresql://host/db}.
     *
     * @param jdbcUrl the URL
     * @return the dialect
     * @throws UnsupportedDialectException for any other database
     */
    public static Dialect fromUrl(String jdbcUrl) {
        String u = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (u.startsWith("jdbc:postgresql:") || u.startsWith("jdbc:pgsql:")) {
            return POSTGRES;
        }
        if (u.startsWith("jdbc:mariadb:")) {
            return MARIADB;
        }
        if (u.startsWith("jdbc:mysql:")) {
            return MYSQL;
        }
        throw unsupported("the JDBC URL '" + jdbcUrl + "'");
    }

    static Dialect fromProduct(String product, String url) {
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (p.contains("h2")) {
            return H2;
        }
        if (p.contains("postgres")) {
            return POSTGRES;
        }
        if (p.contains("mariadb")) {
            return MARIADB;
        }
        if (p.contains("mysql")) {
            // MariaDB servers reached through a MySQL driver report "MySQL"; the URL tells them apart.
            return url != null && url.toLowerCase(Locale.ROOT).startsWith("jdbc:mariadb:") ? MARIADB : MYSQL;
        }
        throw unsupported("the database '" + product + "' (" + url + ")");
    }

    private static UnsupportedDialectException unsupported(String what) {
        return new UnsupportedDialectException("DataCoolie cannot render SQL for " + what
                + ". Supported databases: H2, PostgreSQL, MariaDB and MySQL. SQL Server and Oracle need jOOQ's"
                + " commercial edition and are not supported by this edition.");
    }

    /**
     * Quotes an identifier, doubling any embedded quote character.
     *
     * @param identifier the exact (case-preserved) name
     * @return the quoted identifier
     */
    public String quote(String identifier) {
        String q = String.valueOf(quote);
        return q + identifier.replace(q, q + q) + q;
    }

    /** @return true when {@code ROW_NUMBER()/RANK() OVER (...)} is available (deduplication) */
    public boolean supportsWindowFunctions() {
        return windowFunctions;
    }

    /** @return the native upsert form */
    public UpsertStyle upsertStyle() {
        return upsertStyle;
    }

    /** @return true when {@code ||} is logical OR (MySQL family), so concatenation must be {@code CONCAT(...)} */
    public boolean pipesAreOr() {
        return this == MARIADB || this == MYSQL;
    }

    /** @return true when the driver offers a bulk COPY protocol for writes (PostgreSQL) */
    public boolean supportsCopy() {
        return this == POSTGRES;
    }

    /** @return true when DDL (CREATE/DROP TABLE) commits the open transaction implicitly */
    public boolean ddlCommits() {
        return this != POSTGRES;
    }

    /** @return true when unquoted identifiers are stored upper-case in the catalog (H2) */
    public boolean storesUpperCase() {
        return this == H2;
    }
}
