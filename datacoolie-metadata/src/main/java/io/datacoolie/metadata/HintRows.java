package io.datacoolie.metadata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datacoolie.metadata.internal.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@code dc_framework_schema_hints} rows of the given connections as JSON schema-hint groups, one per
 * (connection, schema, table), hints in {@code ordinal_position} order. Rows without a table are left out.
 */
final class HintRows {
    private HintRows() {
    }

    static ArrayNode read(java.sql.Connection c, Set<String> connectionIds) throws SQLException {
        Map<String, ObjectNode> groups = new LinkedHashMap<>();
        for (List<String> batch : JdbcMetadataProvider.batches(connectionIds, 500)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM dc_framework_schema_hints WHERE deleted_at"
                    + " IS NULL AND table_name IS NOT NULL AND connection_id IN ("
                    + JdbcMetadataProvider.placeholders(batch.size()) + ") ORDER BY connection_id, table_name,"
                    + " ordinal_position, column_name")) {
                for (int i = 0; i < batch.size(); i++) {
                    ps.setString(i + 1, batch.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        group(groups, rs).withArray("hints").add(hint(rs));
                    }
                }
            }
        }
        ArrayNode out = Rows.object().arrayNode();
        groups.values().forEach(out::add);
        return out;
    }

    private static ObjectNode group(Map<String, ObjectNode> groups, ResultSet rs) throws SQLException {
        String schema = rs.getString("schema_name");
        String key = rs.getString("connection_id") + "\u0000" + (schema == null ? "" : schema.toLowerCase(Locale.ROOT))
                + "\u0000" + rs.getString("table_name").toLowerCase(Locale.ROOT);
        return groups.computeIfAbsent(key, k -> {
            ObjectNode g = Rows.object();
            try {
                Rows.text(rs, "connection_id", g, "connection_id");
                Rows.text(rs, "table_name", g, "table_name");
                Rows.text(rs, "schema_name", g, "schema_name");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            g.putArray("hints");
            return g;
        });
    }

    private static ObjectNode hint(ResultSet rs) throws SQLException {
        ObjectNode h = Rows.object();
        Rows.text(rs, "column_name", h, "column_name");
        Rows.text(rs, "data_type", h, "data_type");
        Rows.text(rs, "format", h, "format");
        Rows.integer(rs, "precision", h, "precision");
        Rows.integer(rs, "scale", h, "scale");
        Rows.text(rs, "default_value", h, "default_value");
        Rows.integer(rs, "ordinal_position", h, "ordinal_position");
        Rows.bool(rs, "is_active", h, "is_active");
        return h;
    }
}
