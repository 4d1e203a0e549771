package io.datacoolie.sql.internal;

import io.datacoolie.api.DataCoolieException;
import io.datacoolie.sql.Column;
import io.datacoolie.sql.Dialect;
import io.datacoolie.sql.TableSchema;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads table and query columns through JDBC metadata, trying the catalog's case conventions in turn. */
public final class SchemaReader {
    private SchemaReader() {
    }

    /**
     * @param c an open connection
     * @param schema schema (or MariaDB database), or null for the current one
     * @param table the table name as the user wrote it
     * @return the table's schema, or empty
     */
    public static Optional<TableSchema> readTable(Connection c, String schema, String table) {
        try {
            Dialect d = Dialect.detect(c);
            boolean catalogIsDb = d.pipesAreOr();
            String current = catalogIsDb ? c.getCatalog() : c.getSchema();
            String sch = schema == null ? current : schema;
            DatabaseMetaData md = c.getMetaData();
            for (String s : variants(sch)) {
                for (String t : variants(table)) {
                    List<Column> cols = columns(md, catalogIsDb ? s : null, catalogIsDb ? null : s, t);
                    if (!cols.isEmpty()) {
                        return Optional.of(new TableSchema(s, t, cols));
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new DataCoolieException("Cannot read the columns of table '" + table + "': " + e.getMessage(), e);
        }
    }

    private static Set<String> variants(String name) {
        Set<String> v = new LinkedHashSet<>();
        v.add(name);
        if (name != null) {
            v.add(name.toUpperCase(Locale.ROOT));
            v.add(name.toLowerCase(Locale.ROOT));
        }
        return v;
    }

    private static List<Column> columns(DatabaseMetaData md, String catalog, String schema, String table)
            throws SQLException {
        List<Column> out = new ArrayList<>();
        try (ResultSet rs = md.getColumns(catalog, escape(md, schema), escape(md, table), "%")) {
            while (rs.next()) {
                // LIKE-pattern escaping is not honoured by every driver: keep exact matches only.
                if (!table.equals(rs.getString("TABLE_NAME"))
                        || schema != null && rs.getString("TABLE_SCHEM") != null
                        && !schema.equals(rs.getString("TABLE_SCHEM"))) {
                    continue;
                }
                out.add(new Column(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                        rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        return out;
    }

    private static String escape(DatabaseMetaData md, String pattern) throws SQLException {
        if (pattern == null) {
            return null;
        }
        String esc = md.getSearchStringEscape();
        return esc == null || esc.isEmpty() ? pattern : pattern.replace("_", esc + "_").replace("%", esc + "%");
    }

    /**
     * @param c an open connection
     * @param query a SELECT
     * @return its result columns
     */
    public static TableSchema readQuery(Connection c, String query) {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM (" + query + ") q WHERE 1 = 0");
                ResultSet rs = ps.executeQuery()) {
            return new TableSchema(null, null, columns(rs.getMetaData()));
        } catch (SQLException e) {
            throw new DataCoolieException("Cannot read the columns of the source query: " + e.getMessage()
                    + ". Check that source.query is one valid SELECT.", e);
        }
    }

    /**
     * @param md result metadata
     * @return the columns it describes
     * @throws SQLException when the driver fails
     */
    public static List<Column> columns(ResultSetMetaData md) throws SQLException {
        List<Column> cols = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            cols.add(new Column(md.getColumnLabel(i), md.getColumnType(i), md.getColumnTypeName(i),
                    md.getPrecision(i), md.getScale(i), md.isNullable(i) != ResultSetMetaData.columnNoNulls));
        }
        return cols;
    }
}
