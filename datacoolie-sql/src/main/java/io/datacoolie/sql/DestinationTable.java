package io.datacoolie.sql;

import io.datacoolie.api.DataCoolieException;
import io.datacoolie.api.Destination;
import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.LoadType;
import io.datacoolie.sql.internal.Projection;
import io.datacoolie.sql.internal.SchemaReader;
import io.datacoolie.sql.internal.TypeMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The destination table as it exists (created from the read's column types when missing), with the read's output
 * names mapped to its exact column names.
 */
final class DestinationTable {
    static final List<String> AUDIT = List.of("__created_at", "__updated_at", "__updated_by", "__dataflow_run_id");

    final TableSchema schema;
    final String qualified;
    /** Exact destination names of the read's outputs, in read order. */
    final List<String> outputs;
    /** Exact destination names of the merge keys. */
    final List<String> keys;
    final boolean scd2;
    final Dialect dialect;
    /** True when this process created the table (so it held no rows before this process wrote any). */
    boolean created;

    private DestinationTable(TableSchema schema, DataflowSql sql) {
        this.schema = schema;
        this.dialect = sql.destinationDialect();
        this.qualified = (schema.schema() == null ? "" : dialect.quote(schema.schema()) + ".")
                + dialect.quote(schema.table());
        String flow = sql.dataflow().displayName();
        this.outputs = sql.columns().stream().map(c -> schema.find(c).orElseThrow(() -> new InvalidDataflowException(
                "Dataflow '" + flow + "': the read produces column '" + c + "', which destination " + schema.describe()
                + " does not have (columns " + schema.names() + "). Add the column to the table, or remove it with"
                + " transform.drop_columns / select_columns / rename_columns.")).name()).collect(Collectors.toList());
        this.keys = sql.dataflow().destination().effectiveMergeKeys().stream()
                .map(k -> schema.require(k, flow, "destination.merge_keys").name()).collect(Collectors.toList());
        this.scd2 = sql.dataflow().destination().loadType() == LoadType.SCD2;
    }

    /** @return the exact names of the framework columns written after the outputs (scd2's __valid_from is one) */
    List<String> framework() {
        List<String> f = new ArrayList<>();
        if (scd2) {
            f.add(fw("__valid_to"));
            f.add(fw("__is_current"));
        }
        AUDIT.forEach(a -> f.add(fw(a)));
        return f;
    }

    /**
     * @param logical a framework column's name, e.g. {@code __valid_from}
     * @return its exact name in this table (H2 may hold it upper-case)
     */
    String fw(String logical) {
        return schema.find(logical).orElseThrow().name();
    }

    /** @return every written column, quoted, comma-separated */
    String columnList() {
        List<String> all = new ArrayList<>(outputs);
        all.addAll(framework());
        return all.stream().map(dialect::quote).collect(Collectors.joining(", "));
    }

    static DestinationTable resolve(Connection src, Connection dst, DataflowSql sql, boolean create)
            throws SQLException {
        Destination d = sql.dataflow().destination();
        Optional<TableSchema> t = TableSchema.read(dst, d.schemaName(), d.table());
        boolean created = t.isEmpty();
        if (t.isEmpty() && !create) {
            throw new InvalidDataflowException("Dataflow '" + sql.dataflow().displayName() + "': destination table '"
                    + d.table() + "' does not exist. Create it, or allow DataCoolie to create it.");
        }
        List<String> ddl = t.isEmpty() ? List.of(createSql(src, sql)) : addFrameworkSql(src, sql, t.get());
        if (!ddl.isEmpty()) {
            try (Statement st = dst.createStatement()) {
                for (String stmt : ddl) {
                    st.execute(stmt);
                }
            }
            t = TableSchema.read(dst, d.schemaName(), d.table());
        }
        DestinationTable table = new DestinationTable(t.orElseThrow(() -> new DataCoolieException("Created table '"
                + d.table() + "' but cannot read it back")), sql);
        table.created = created;
        if (created) {
            Optional<String> index = WatermarkIndex.createSql(table, sql);
            if (index.isPresent()) {
                try (Statement st = dst.createStatement()) {
                    st.execute(index.get());
                }
            }
        }
        return table;
    }

    private static String name(DataflowSql sql) {
        Destination d = sql.dataflow().destination();
        Dialect dd = sql.destinationDialect();
        return (d.schemaName() == null ? "" : ddl(dd, d.schemaName()) + ".") + ddl(dd, d.table());
    }

    private static String createSql(Connection src, DataflowSql sql) throws SQLException {
        Dialect dd = sql.destinationDialect();
        Destination d = sql.dataflow().destination();
        List<String> keys = d.loadType() == LoadType.MERGE_UPSERT ? d.effectiveMergeKeys() : List.of();
        Map<String, String> defs = columnDefs(src, sql, keys);
        List<String> all = new ArrayList<>(defs.values());
        if (!keys.isEmpty()) {
            all.add("PRIMARY KEY (" + keys.stream().map(k -> ddl(dd, exact(defs.keySet(), k)))
                    .collect(Collectors.joining(", ")) + ")");
        }
        return "CREATE TABLE " + name(sql) + " (" + String.join(", ", all) + ")";
    }

    /** An existing table gets the framework columns it lacks; a missing data column is the user's to add. */
    private static List<String> addFrameworkSql(Connection src, DataflowSql sql, TableSchema existing)
            throws SQLException {
        boolean scd2 = sql.dataflow().destination().loadType() == LoadType.SCD2;
        List<String> missing = new ArrayList<>();
        for (String f : Projection.FRAMEWORK) {
            boolean needed = scd2 || AUDIT.contains(f);
            if (needed && existing.find(f).isEmpty()) {
                missing.add(f);
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        Map<String, String> defs = columnDefs(src, sql, List.of());
        return missing.stream().map(f -> "ALTER TABLE " + name(sql) + " ADD COLUMN " + defs.get(f))
                .collect(Collectors.toList());
    }

    /** Column definitions of the read's result (types mapped to the destination) plus the framework columns. */
    private static Map<String, String> columnDefs(Connection src, DataflowSql sql, List<String> keys)
            throws SQLException {
        Dialect dd = sql.destinationDialect();
        List<Column> cols;
        try (PreparedStatement ps = src.prepareStatement("SELECT * FROM (" + sql.read(ReadWindow.all()).sql()
                + ") x WHERE 1 = 0"); ResultSet rs = ps.executeQuery()) {
            cols = SchemaReader.columns(rs.getMetaData());
        }
        Map<String, String> defs = new LinkedHashMap<>();
        String validFrom = null;
        for (Column c : cols) {
            String type = TypeMapper.ddl(c, dd);
            boolean key = keys.stream().anyMatch(k -> k.equalsIgnoreCase(c.name()));
            if (key && type.equals("LONGTEXT")) {
                type = "VARCHAR(255)"; // MariaDB cannot index an unbounded text column
            }
            defs.put(c.name(), ddl(dd, c.name()) + " " + type + (key ? " NOT NULL" : ""));
            validFrom = c.name().equalsIgnoreCase("__valid_from") ? type : validFrom;
        }
        String ts = dd.pipesAreOr() ? "DATETIME(6)" : "TIMESTAMP";
        if (validFrom != null) {
            defs.put("__valid_to", ddl(dd, "__valid_to") + " " + validFrom);
            defs.put("__is_current", ddl(dd, "__is_current") + " BOOLEAN");
        }
        defs.put("__created_at", ddl(dd, "__created_at") + " " + ts);
        defs.put("__updated_at", ddl(dd, "__updated_at") + " " + ts);
        defs.put("__updated_by", ddl(dd, "__updated_by") + " VARCHAR(64)");
        defs.put("__dataflow_run_id", ddl(dd, "__dataflow_run_id") + " VARCHAR(64)");
        return defs;
    }

    /** Quotes a name for DDL; a regular identifier is folded as the catalog folds unquoted names (H2: upper). */
    private static String ddl(Dialect d, String name) {
        boolean regular = name.matches("[A-Za-z_][A-Za-z0-9_]*");
        return d.quote(regular && d.storesUpperCase() ? name.toUpperCase(java.util.Locale.ROOT) : name);
    }

    private static String exact(java.util.Collection<String> names, String name) {
        return names.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElse(name);
    }
}
