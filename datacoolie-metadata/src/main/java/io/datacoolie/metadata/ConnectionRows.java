package io.datacoolie.metadata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datacoolie.metadata.internal.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** Batch-loads {@code dc_framework_connections} rows of a workspace as JSON connection objects. */
final class ConnectionRows {
    private ConnectionRows() {
    }

    /** @param ids the ids to load, or null for every connection of the workspace */
    static ArrayNode read(java.sql.Connection c, String workspaceId, Set<String> ids) throws SQLException {
        ArrayNode out = Rows.object().arrayNode();
        String base = "SELECT * FROM dc_framework_connections WHERE workspace_id = ? AND deleted_at IS NULL";
        if (ids == null) {
            query(c, base + " ORDER BY name, connection_id", workspaceId, List.of(), out);
            return out;
        }
        for (List<String> batch : JdbcMetadataProvider.batches(ids, 500)) {
            query(c, base + " AND connection_id IN (" + JdbcMetadataProvider.placeholders(batch.size())
                    + ") ORDER BY name, connection_id", workspaceId, batch, out);
        }
        return out;
    }

    private static void query(java.sql.Connection c, String sql, String workspaceId, List<String> ids, ArrayNode out)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, workspaceId);
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 2, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectNode n = out.addObject();
                    Rows.text(rs, "connection_id", n, "connection_id");
                    Rows.text(rs, "workspace_id", n, "workspace_id");
                    Rows.text(rs, "name", n, "name");
                    Rows.text(rs, "description", n, "description");
                    Rows.text(rs, "connection_type", n, "connection_type");
                    Rows.text(rs, "format", n, "format");
                    Rows.text(rs, "catalog", n, "catalog");
                    Rows.text(rs, "database", n, "database");
                    Rows.text(rs, "configure", n, "configure");
                    Rows.text(rs, "secrets_ref", n, "secrets_ref");
                    Rows.bool(rs, "is_active", n, "is_active");
                }
            }
        }
    }
}
