package io.datacoolie.sql.internal;

import io.datacoolie.sql.Column;

/**
 * One column the read produces: its destination name, the SQL computing it (source dialect), and the source column
 * it copies (null for a computed column).
 *
 * @param name destination column name (after rename and sanitising)
 * @param sql the select-list expression
 * @param source the source column copied, or null
 */
public record OutputColumn(String name, String sql, Column source) {
}
