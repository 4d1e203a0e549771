package io.datacoolie.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a dataflow reads (reference §1.4). Exactly one of {@code table} or {@code query} is used; query wins.
 *
 * @param connection the resolved connection
 * @param schemaName optional schema, may be null
 * @param table table name (table mode), may be null in query mode
 * @param query a SELECT (query mode), may be null
 * @param watermarkColumns ordered watermark columns, never null
 * @param filterExpression optional boolean SQL fragment, may be null
 * @param configure per-source overrides, never null
 * @param backward effective look-back (source level, else connection level), never null
 */
public record Source(Connection connection, String schemaName, String table, String query,
        List<String> watermarkColumns, String filterExpression, Map<String, Object> configure, Backward backward) {

    /** Validates and copies. */
    public Source {
        Objects.requireNonNull(connection, "connection");
        watermarkColumns = watermarkColumns == null ? List.of() : List.copyOf(watermarkColumns);
        configure = configure == null ? Map.of() : Collections2.copyOfNullable(configure);
        backward = backward == null ? Backward.NONE : backward;
    }

    /** @return true when the source is a query rather than a table */
    public boolean isQueryMode() {
        return query != null && !query.isBlank();
    }
}
