package io.datacoolie.api;

import java.util.Objects;

/**
 * A computed column {@code expression AS column}.
 *
 * @param column the new column's name
 * @param expression a scalar SQL expression over the source's columns
 */
public record AdditionalColumn(String column, String expression) {
    /** Validates. */
    public AdditionalColumn {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(expression, "expression");
    }
}
