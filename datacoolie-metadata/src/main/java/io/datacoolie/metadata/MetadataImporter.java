package io.datacoolie.metadata;

import io.datacoolie.api.AdditionalColumn;
import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.PartitionColumn;
import io.datacoolie.api.SchemaHint;
import io.datacoolie.api.Transform;
import io.datacoolie.metadata.internal.Json;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a loaded {@link MetadataDocument} into the {@code dc_framework_*} tables of one workspace, e.g. to move a
 * JSON metadata file into a metadata database. The caller commits.
 */
public final class MetadataImporter {
    private MetadataImporter() {
    }

    /**
     * @param c an open connection to a database with the tables ({@link MetadataSchema#create})
     * @param workspaceId the workspace the rows belong to
     * @param doc the metadata
     * @param clock gives {@code created_at}, read in UTC
     * @throws SQLException when an insert fails, e.g. an id that already exists
     */
    public static void write(java.sql.Connection c, String workspaceId, MetadataDocument doc, Clock clock)
            throws SQLException {
        String q = MetadataSchema.databaseType(c).equals("mariadb") ? "`" : "";
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        for (Connection conn : doc.connections()) {
            insert(c, "dc_framework_connections", List.of("connection_id", "workspace_id", "name", "connection_type",
                    q + "format" + q, "catalog", q + "database" + q, "configure", "secrets_ref", "is_active",
                    "created_at"), Arrays.asList(conn.connectionId(), workspaceId, conn.name(), conn.connectionType(),
                    conn.format(), conn.catalog(), conn.database(), Json.write(conn.configure()),
                    Json.write(conn.secretsRef()), conn.active(), now));
        }
        for (DataFlow d : doc.dataflows()) {
            insert(c, "dc_framework_dataflows", List.of("dataflow_id", "workspace_id", "name", "description", "stage",
                    "group_number", "execution_order", "processing_mode", "source_connection_id", "source_schema",
                    "source_table", "source_query", "source_watermark_columns", "source_filter_expression",
                    "source_configure", "transform", "destination_connection_id", "destination_schema",
                    "destination_table", "destination_load_type", "destination_merge_keys", "destination_configure",
                    "configure", "is_active", "created_at"), Arrays.asList(d.dataflowId(), workspaceId,
                    d.displayName(), d.description(), d.stage(), d.groupNumber(), d.executionOrder(),
                    d.processingMode(), d.source().connection().connectionId(), d.source().schemaName(),
                    d.source().table(), d.source().query(), Json.write(d.source().watermarkColumns()),
                    d.source().filterExpression(), Json.write(d.source().configure()), Json.write(transform(
                    d.transform())), d.destination().connection().connectionId(), d.destination().schemaName(),
                    d.destination().table(), d.loadType().wireName(), Json.write(d.mergeKeys()),
                    Json.write(destinationConfigure(d)), Json.write(d.configure()), d.active(), now));
        }
    }

    private static void insert(java.sql.Connection c, String table, List<String> columns, List<Object> values)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                + ") VALUES (" + JdbcMetadataProvider.placeholders(columns.size()) + ")")) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            ps.executeUpdate();
        }
    }

    private static Map<String, Object> destinationConfigure(DataFlow d) {
        Map<String, Object> cfg = new LinkedHashMap<>(d.destination().configure());
        List<Map<String, Object>> parts = new ArrayList<>();
        for (PartitionColumn p : d.destination().partitionColumns()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("column", p.column());
            if (p.expression() != null) {
                m.put("expression", p.expression());
            }
            parts.add(m);
        }
        if (!parts.isEmpty()) {
            cfg.put("partition_columns", parts);
        }
        return cfg;
    }

    /** The transform in the original's JSON shape, empty parts left out. */
    static Map<String, Object> transform(Transform t) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> hints = new ArrayList<>();
        for (SchemaHint h : t.schemaHints()) {
            Map<String, Object> hm = new LinkedHashMap<>();
            hm.put("column_name", h.columnName());
            hm.put("data_type", h.dataType());
            putIfSet(hm, "format", h.format());
            putIfSet(hm, "precision", h.precision());
            putIfSet(hm, "scale", h.scale());
            putIfSet(hm, "default_value", h.defaultValue());
            hm.put("ordinal_position", h.ordinalPosition());
            hm.put("is_active", h.active());
            hints.add(hm);
        }
        putIfSet(m, "schema_hints", hints);
        putIfSet(m, "deduplicate_columns", t.deduplicateColumns());
        putIfSet(m, "latest_data_columns", t.latestDataColumns());
        List<Map<String, String>> added = new ArrayList<>();
        for (AdditionalColumn a : t.additionalColumns()) {
            added.add(Map.of("column", a.column(), "expression", a.expression()));
        }
        putIfSet(m, "additional_columns", added);
        putIfSet(m, "filter_expression", t.filterExpression());
        putIfSet(m, "select_columns", t.selectColumns());
        putIfSet(m, "drop_columns", t.dropColumns());
        putIfSet(m, "rename_columns", t.renameColumns());
        putIfSet(m, "configure", t.configure());
        return m;
    }

    private static void putIfSet(Map<String, Object> m, String key, Object v) {
        boolean empty = v == null || (v instanceof List<?> l && l.isEmpty()) || (v instanceof Map<?, ?> mm && mm.isEmpty());
        if (!empty) {
            m.put(key, v);
        }
    }
}
