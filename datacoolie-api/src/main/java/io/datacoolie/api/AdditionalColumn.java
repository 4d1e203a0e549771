package io.datacoolie.api;

/**
 * A computed column {@code expression AS column}.
 *
 * @param column the new column's name, non-blank, trimmed
 * @param expression a scalar SQL expression over the source's columns, non-blank
 */
public record AdditionalColumn(String column, String expression) {
    /**
     * Validates.
     *
     * @throws InvalidDataflowException for a blank column or expression
     */
    public AdditionalColumn {
        column = Strings.trimToNull(column);
        if (column == null) {
            throw new InvalidDataflowException("transform.additional_columns: an entry has no 'column'."
                    + " Write each entry as {\"column\": \"name\", \"expression\": \"SQL expression\"}.");
        }
        expression = Strings.trimToNull(expression);
        if (expression == null) {
            throw new InvalidDataflowException("transform.additional_columns: column '" + column
                    + "' has no 'expression'. Give the SQL expression that computes it.");
        }
    }
}
