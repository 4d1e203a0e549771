package io.datacoolie.api;

import java.util.Locale;
import java.util.Set;

/**
 * A column type hint (reference §1.6).
 *
 * @param columnName column, matched case-insensitively; non-blank, trimmed
 * @param dataType one of int/integer, long/bigint, float, double, decimal, string/str, boolean/bool, date,
 *     timestamp, binary; trimmed and lower-cased
 * @param format optional format, may be null
 * @param precision optional precision, may be null, otherwise positive
 * @param scale optional scale, may be null, otherwise not negative and at most the precision
 * @param defaultValue optional default, may be null
 * @param ordinalPosition ordering (default 0)
 * @param active hints with false are skipped
 */
public record SchemaHint(String columnName, String dataType, String format, Integer precision, Integer scale,
        String defaultValue, int ordinalPosition, boolean active) {

    /** The data types the original's SchemaConverter knows. */
    public static final Set<String> DATA_TYPES = Set.of("int", "integer", "long", "bigint", "float", "double",
            "decimal", "string", "str", "boolean", "bool", "date", "timestamp", "binary");

    /**
     * Validates and normalises.
     *
     * @throws InvalidDataflowException for a blank column, an unknown data type, or a bad precision or scale
     */
    public SchemaHint {
        columnName = Strings.trimToNull(columnName);
        if (columnName == null) {
            throw new InvalidDataflowException("schema hint needs a non-blank 'column_name'."
                    + " Name the column the hint applies to.");
        }
        String dt = Strings.trimToNull(dataType);
        dataType = dt == null ? null : dt.toLowerCase(Locale.ROOT);
        if (dataType == null || !DATA_TYPES.contains(dataType)) {
            throw new InvalidDataflowException("schema hint for column '" + columnName + "': data_type '" + dataType
                    + "' is not supported. Use one of " + String.join(", ", DATA_TYPES.stream().sorted().toList())
                    + ".");
        }
        if (precision != null && precision <= 0) {
            throw new InvalidDataflowException("schema hint for column '" + columnName + "': precision must be"
                    + " positive, got '" + precision + "'.");
        }
        if (scale != null && (scale < 0 || (precision != null && scale > precision))) {
            throw new InvalidDataflowException("schema hint for column '" + columnName + "': scale must be between 0"
                    + " and the precision, got '" + scale + "'.");
        }
    }

    /**
     * A minimal active hint.
     *
     * @param columnName the column
     * @param dataType the type
     * @return the hint
     */
    public static SchemaHint of(String columnName, String dataType) {
        return new SchemaHint(columnName, dataType, null, null, null, null, 0, true);
    }

    /** @return {@code data_type(precision,scale)} when a precision is set (scale defaults to 0), else the type */
    public String typeString() {
        return precision == null ? dataType : dataType + "(" + precision + "," + (scale == null ? 0 : scale) + ")";
    }
}
