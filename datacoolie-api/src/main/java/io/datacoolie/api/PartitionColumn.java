package io.datacoolie.api;

/**
 * A destination partition column, optionally computed from an SQL expression ({@code expression AS column}).
 *
 * @param column the column name, non-blank, trimmed
 * @param expression optional SQL expression, may be null (blank becomes null); without one the column must exist
 */
public record PartitionColumn(String column, String expression) {
    /**
     * Validates.
     *
     * @throws InvalidDataflowException for a blank column
     */
    public PartitionColumn {
        column = Strings.trimToNull(column);
        if (column == null) {
            throw new InvalidDataflowException("partition column needs a non-blank 'column'."
                    + " Write it as \"region\" or {\"column\": \"order_year\", \"expression\": \"EXTRACT(YEAR FROM d)\"}.");
        }
        expression = Strings.trimToNull(expression);
    }

    /**
     * @param column an existing column
     * @return a partition column without an expression
     */
    public static PartitionColumn of(String column) {
        return new PartitionColumn(column, null);
    }
}
