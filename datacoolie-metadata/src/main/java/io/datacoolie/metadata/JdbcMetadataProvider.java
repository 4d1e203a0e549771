package io.datacoolie.metadata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datacoolie.api.Connection;
import io.datacoolie.api.DataCoolieException;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.spi.MetadataProvider;
import io.datacoolie.metadata.internal.DocumentReader;
import io.datacoolie.metadata.internal.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads connections and dataflows from the original's {@code dc_framework_*} tables (reference §2.1, §2.2), scoped to
 * one workspace and leaving out soft-deleted rows. Dataflows come in a deterministic order (name, then id: W25);
 * {@code source_filter_expression} is read when the column exists (W21). The rows go through the same validation as
 * a JSON file, so a dataflow whose connection is missing or soft-deleted is an error naming it, not silently
 * skipped. Only the selected dataflows (stage, active) are validated.
 */
public final class JdbcMetadataProvider implements MetadataProvider {
    private final JdbcConnector connector;
    private final String workspaceId;
    private final String description;

    /**
     * @param connector opens connections to the metadata database
     * @param workspaceId the workspace whose rows are read
     */
    public JdbcMetadataProvider(JdbcConnector connector, String workspaceId) {
        this.connector = connector;
        this.workspaceId = workspaceId;
        this.description = "metadata database, workspace '" + workspaceId + "'";
    }

    @Override
    public List<DataFlow> dataflows(Set<String> stages, boolean activeOnly) {
        try (java.sql.Connection c = connector.open()) {
            return read(c, stages, activeOnly, List.of());
        } catch (SQLException e) {
            throw new DataCoolieException("Cannot read dataflows from the " + description + ": " + e.getMessage(), e);
        }
    }

    /**
     * Picks dataflows by dataflow_id or name in SQL, so that only they and the connections they use are validated.
     *
     * @param namesOrIds names or ids; each must match one dataflow of the stages
     * @param stages stages to pick from, exact match; empty means every stage
     * @param activeOnly when true, inactive dataflows are left out
     * @return the picked dataflows, in the order asked for, without repeats
     * @throws io.datacoolie.api.InvalidDataflowException naming every unknown value, with the closest name
     */
    @Override
    public List<DataFlow> pick(Collection<String> namesOrIds, Set<String> stages, boolean activeOnly) {
        if (namesOrIds.isEmpty()) {
            return List.of();
        }
        try (java.sql.Connection c = connector.open()) {
            List<DataFlow> picked = read(c, stages, activeOnly, List.copyOf(new LinkedHashSet<>(namesOrIds)));
            List<String> known = new ArrayList<>();
            try (PreparedStatement ps = scoped(c, "name, dataflow_id", stages, activeOnly, List.of());
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1) != null ? rs.getString(1) : rs.getString(2));
                }
            }
            return DataflowSelection.pick(picked, namesOrIds, known);
        } catch (SQLException e) {
            throw new DataCoolieException("Cannot read dataflows from the " + description + ": " + e.getMessage(), e);
        }
    }

    /** The dataflow rows in scope (and named, when names or ids are given), validated with their connections. */
    private List<DataFlow> read(java.sql.Connection c, Set<String> stages, boolean activeOnly, List<String> namesOrIds)
            throws SQLException {
        ArrayNode flows = dataflowRows(c, stages, activeOnly, namesOrIds);
        Set<String> ids = new LinkedHashSet<>();
        flows.forEach(f -> {
            ids.add(f.get("source").path("connection_id").asText());
            ids.add(f.get("destination").path("connection_id").asText());
        });
        ObjectNode root = Rows.object();
        root.set("connections", ConnectionRows.read(c, workspaceId, ids));
        root.set("schema_hints", HintRows.read(c, ids));
        root.set("dataflows", flows);
        return DocumentReader.read(root, description).dataflows();
    }

    @Override
    public List<Connection> connections() {
        try (java.sql.Connection c = connector.open()) {
            ObjectNode root = Rows.object();
            root.set("connections", ConnectionRows.read(c, workspaceId, null));
            return DocumentReader.read(root, description).connections();
        } catch (SQLException e) {
            throw new DataCoolieException("Cannot read connections from the " + description + ": " + e.getMessage(),
                    e);
        }
    }

    private ArrayNode dataflowRows(java.sql.Connection c, Set<String> stages, boolean activeOnly,
            List<String> namesOrIds) throws SQLException {
        ArrayNode out = Rows.object().arrayNode();
        try (PreparedStatement ps = scoped(c, "*", stages, activeOnly, namesOrIds);
                ResultSet rs = ps.executeQuery()) {
            boolean hasFilter = DataflowRows.hasColumn(rs, "source_filter_expression");
            while (rs.next()) {
                out.add(DataflowRows.toJson(rs, hasFilter));
            }
        }
        return out;
    }

    /** The workspace's live dataflow rows of the stages (and names or ids, when given), in name order. */
    private PreparedStatement scoped(java.sql.Connection c, String columns, Set<String> stages, boolean activeOnly,
            List<String> namesOrIds) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + columns + " FROM dc_framework_dataflows"
                + " WHERE workspace_id = ? AND deleted_at IS NULL");
        if (activeOnly) {
            sql.append(" AND (is_active IS NULL OR is_active = ?)");
        }
        if (!stages.isEmpty()) {
            sql.append(" AND stage IN (").append(placeholders(stages.size())).append(')');
        }
        if (!namesOrIds.isEmpty()) {
            String in = placeholders(namesOrIds.size());
            sql.append(" AND (name IN (").append(in).append(") OR dataflow_id IN (").append(in).append("))");
        }
        sql.append(" ORDER BY name, dataflow_id");
        PreparedStatement ps = c.prepareStatement(sql.toString());
        try {
            int i = 1;
            ps.setString(i++, workspaceId);
            if (activeOnly) {
                ps.setBoolean(i++, true);
            }
            for (String s : stages) {
                ps.setString(i++, s);
            }
            for (int k = 0; k < 2; k++) {
                for (String n : namesOrIds) {
                    ps.setString(i++, n);
                }
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static <T> List<List<T>> batches(Collection<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        List<T> list = new ArrayList<>(all);
        for (int i = 0; i < list.size(); i += size) {
            out.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return out;
    }

    @Override
    public String describe() {
        return description;
    }
}
