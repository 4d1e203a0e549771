package io.datacoolie.api;

import java.util.Objects;

/**
 * A destination partition column, optionally computed from an SQL expression.
 *
 * @param column the column name
 * @param expression optional SQL expression, may be null
 */
public record PartitionColumn(String column, String expression) {
    /** Validates. */
    public PartitionColumn {
        Objects.requireNonNull(column, "column");
    }
}
