package io.datacoolie.sql;

import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.sql.internal.SchemaReader;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns of a source or destination relation, read through JDBC metadata, with case-aware name lookup.
 *
 * @param schema the schema (PostgreSQL/H2) or database (MariaDB) holding the table, exact case; null for a query
 * @param table the table's exact name; null for a query source
 * @param columns the columns in ordinal order
 */
public record TableSchema(String schema, String table, List<Column> columns) {

    /** Validates and copies. */
    public TableSchema {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a relation has at least one column: " + schema + "." + table);
        }
    }

    /**
     * Reads a table's columns. Unquoted-style names are found whatever the catalog's case (H2 upper-cases them,
     * PostgreSQL lower-cases them); an exact match wins.
     *
     * @param connection an open connection
     * @param schema the schema or database, or null for the connection's current one
     * @param table the table name
     * @return the table, or empty when it does not exist
     */
    public static Optional<TableSchema> read(Connection connection, String schema, String table) {
        return SchemaReader.readTable(connection, schema, table);
    }

    /**
     * Reads the result columns of a SELECT without running it for rows ({@code WHERE 1 = 0}).
     *
     * @param connection an open connection
     * @param query the SELECT
     * @return the result's columns, with null schema and table
     */
    public static TableSchema ofQuery(Connection connection, String query) {
        return SchemaReader.readQuery(connection, query);
    }

    /**
     * Finds a column: an exact match first, else the only case-insensitive match.
     *
     * @param name a column name as a user wrote it
     * @return the column, or empty when none or several match
     */
    public Optional<Column> find(String name) {
        Objects.requireNonNull(name, "name");
        for (Column c : columns) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        List<Column> ci = columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).collect(Collectors.toList());
        return ci.size() == 1 ? Optional.of(ci.get(0)) : Optional.empty();
    }

    /**
     * Like {@link #find(String)}, failing with a message naming the dataflow and field.
     *
     * @param name the column name
     * @param dataflow the dataflow's display name
     * @param field the metadata field that named the column
     * @return the column
     * @throws InvalidDataflowException when the relation has no such column
     */
    public Column require(String name, String dataflow, String field) {
        return find(name).orElseThrow(() -> new InvalidDataflowException("Dataflow '" + dataflow + "': " + field
                + " names column '" + name + "', which " + describe() + " does not have. Columns: " + names()
                + ". Use one of these names."));
    }

    /** @return the column names in order */
    public List<String> names() {
        return columns.stream().map(Column::name).collect(Collectors.toList());
    }

    /** @return {@code table 'schema.table'} or {@code the source query} */
    public String describe() {
        return table == null ? "the source query" : "table '" + (schema == null ? "" : schema + ".") + table + "'";
    }

    @Override
    public String toString() {
        return describe() + columns.stream().map(c -> c.name() + " " + c.typeName().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
