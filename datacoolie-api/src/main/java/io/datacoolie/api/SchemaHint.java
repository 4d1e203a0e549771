package io.datacoolie.api;

import java.util.Objects;

/**
 * A column type hint (reference §1.6).
 *
 * @param columnName column, matched case-insensitively
 * @param dataType one of int/integer, long/bigint, float, double, decimal, string/str, boolean/bool, date,
 *     timestamp, binary
 * @param format optional format, may be null
 * @param precision optional precision, may be null
 * @param scale optional scale, may be null
 * @param defaultValue optional default, may be null
 * @param ordinalPosition ordering
 * @param active hints with false are skipped
 */
public record SchemaHint(String columnName, String dataType, String format, Integer precision, Integer scale,
        String defaultValue, int ordinalPosition, boolean active) {
    /** Validates. */
    public SchemaHint {
        Objects.requireNonNull(columnName, "columnName");
        Objects.requireNonNull(dataType, "dataType");
    }
}
