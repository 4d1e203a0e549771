package io.datacoolie.metadata.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.datacoolie.api.Connection;
import io.datacoolie.api.SchemaHint;
import io.datacoolie.api.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The document's top-level {@code schema_hints} groups, attached to dataflows whose transform has none, whose source
 * connection has {@code use_schema_hint} and whose source is a table (reference §5.2).
 */
final class SchemaHintGroups {
    static final Set<String> FIELDS = Set.of("connection_name", "connection_id", "table_name", "schema_name", "hints");

    private record Group(String connectionId, String table, String schema, List<SchemaHint> hints) {
    }

    private final List<Group> groups = new ArrayList<>();

    void read(List<JsonNode> nodes, ConnectionRegistry connections, Problems problems) {
        for (int i = 0; i < nodes.size(); i++) {
            JsonObj g = JsonObj.of(nodes.get(i), "schema_hints[" + i + "]", problems, FIELDS);
            if (g == null) {
                continue;
            }
            String name = g.text("connection_name");
            String id = g.text("connection_id");
            Connection c = name != null ? connections.byName(name) : id != null ? connections.byId(id) : null;
            if (c == null && (connections.isBroken(name) || connections.isBroken(id))) {
                continue; // only reachable when loading a selection: the connection is reported if a dataflow uses it
            }
            if (c == null) {
                problems.add(g.path(), "connection " + (name != null ? "'" + name + "'" : id != null ? "id '" + id + "'"
                        : "missing") + " is not defined. Set connection_name to one of: "
                        + String.join(", ", connections.names()) + ".");
            }
            String table = g.text("table_name");
            if (table == null || table.isBlank()) {
                problems.add(g.at("table_name"), "is required. Name the table the hints apply to.");
            }
            List<SchemaHint> hints = TransformReader.hints(g.list("hints"), g.at("hints"), problems);
            String schema = g.text("schema_name");
            g.finish();
            if (c != null && table != null) {
                groups.add(new Group(c.connectionId(), lower(table), lower(schema), hints));
            }
        }
    }

    /** @return the hints for this source, matched by connection, table and (when the group has one) schema */
    List<SchemaHint> lookup(Source source) {
        if (source.table() == null || !source.connection().useSchemaHint()) {
            return List.of();
        }
        for (Group g : groups) {
            if (g.connectionId.equals(source.connection().connectionId()) && g.table.equals(lower(source.table()))
                    && (g.schema == null || g.schema.equals(lower(source.schemaName())))) {
                return g.hints;
            }
        }
        return List.of();
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(Locale.ROOT);
    }
}
