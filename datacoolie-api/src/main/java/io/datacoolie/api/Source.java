package io.datacoolie.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a dataflow reads (reference §1.4). Exactly one of {@code table} or {@code query} is used; query wins.
 *
 * @param connection the resolved connection
 * @param schemaName optional schema, may be null (blank becomes null)
 * @param table table name (table mode), may be null in query mode
 * @param query a SELECT (query mode), may be null
 * @param watermarkColumns ordered watermark columns, never null; each matches {@code [A-Za-z_][A-Za-z0-9_.]*}
 * @param filterExpression optional boolean SQL fragment, may be null (blank becomes null)
 * @param configure per-source overrides, never null
 * @param backward effective look-back, never null after construction: when null, the source's own backward keys
 *     in {@code configure} if any (they replace the connection's entirely), else the connection's
 */
public record Source(Connection connection, String schemaName, String table, String query,
        List<String> watermarkColumns, String filterExpression, Map<String, Object> configure, Backward backward) {

    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    /**
     * Validates and copies.
     *
     * @throws InvalidDataflowException when neither a table nor a query is given, or a watermark column name is not
     *     a plain identifier
     */
    public Source {
        Objects.requireNonNull(connection, "connection");
        schemaName = Strings.trimToNull(schemaName);
        table = Strings.trimToNull(table);
        query = Strings.trimToNull(query);
        filterExpression = Strings.trimToNull(filterExpression);
        if (table == null && query == null) {
            throw new InvalidDataflowException("source needs a table or a query, got neither."
                    + " Set source.table (and source.schema_name), or source.query.");
        }
        watermarkColumns = watermarkColumns == null ? List.of() : List.copyOf(watermarkColumns);
        for (String c : watermarkColumns) {
            if (!COLUMN.matcher(c).matches()) {
                throw new InvalidDataflowException("source.watermark_columns: '" + c
                        + "' is not a column name (letters, digits, '_' and '.', not starting with a digit)."
                        + " Name a column of the source, e.g. 'updated_at'.");
            }
        }
        if (watermarkColumns.size() != watermarkColumns.stream().distinct().count()) {
            throw new InvalidDataflowException("source.watermark_columns lists a column twice: " + watermarkColumns
                    + ". List each column once.");
        }
        configure = configure == null ? Map.of() : Collections2.copyOfNullable(configure);
        if (backward == null) {
            Backward own = Backward.fromConfigure(configure, "source configure");
            backward = own.isEmpty() ? connection.backward() : own;
        }
    }

    /** @return true when the source is a query rather than a table */
    public boolean isQueryMode() {
        return query != null && !query.isBlank();
    }

    /** @return {@code schema.table} unquoted, or just the table; null in query mode without a table */
    public String qualifiedTable() {
        return table == null ? null : schemaName == null ? table : schemaName + "." + table;
    }
}
