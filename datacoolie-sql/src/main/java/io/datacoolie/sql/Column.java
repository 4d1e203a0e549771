package io.datacoolie.sql;

import java.sql.Types;
import java.util.Locale;
import java.util.Objects;

/**
 * One column of a table or query result, as JDBC metadata reports it; the name keeps the catalog's exact case.
 *
 * @param name exact column name
 * @param jdbcType a {@link java.sql.Types} constant
 * @param typeName the database's type name, e.g. {@code timestamptz}
 * @param size column size (precision or length), 0 when unknown
 * @param scale decimal digits, 0 when unknown
 * @param nullable true unless declared NOT NULL
 */
public record Column(String name, int jdbcType, String typeName, int size, int scale, boolean nullable) {

    /** Validates. */
    public Column {
        Objects.requireNonNull(name, "name");
        typeName = typeName == null ? "" : typeName;
    }

    /** @return true for a timestamp that carries an offset or time zone (values denote instants) */
    public boolean isZoned() {
        String t = typeName.toLowerCase(Locale.ROOT);
        return jdbcType == Types.TIMESTAMP_WITH_TIMEZONE || t.equals("timestamptz")
                || t.contains("with time zone");
    }

    /** @return true for a DATE column */
    public boolean isDate() {
        return jdbcType == Types.DATE;
    }

    /** @return true for a timestamp column, zoned or not */
    public boolean isTimestamp() {
        return jdbcType == Types.TIMESTAMP || isZoned();
    }

    /** @return true for an exact integer column */
    public boolean isInteger() {
        return jdbcType == Types.BIGINT || jdbcType == Types.INTEGER || jdbcType == Types.SMALLINT
                || jdbcType == Types.TINYINT;
    }

    /** @return true for NUMERIC/DECIMAL */
    public boolean isDecimal() {
        return jdbcType == Types.NUMERIC || jdbcType == Types.DECIMAL;
    }
}
