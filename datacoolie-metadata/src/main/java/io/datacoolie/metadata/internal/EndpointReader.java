package io.datacoolie.metadata.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.datacoolie.api.Connection;
import io.datacoolie.api.Destination;
import io.datacoolie.api.LoadType;
import io.datacoolie.api.PartitionColumn;
import io.datacoolie.api.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a dataflow's source and destination (reference §1.4, §1.5) and resolves their connections. */
final class EndpointReader {
    static final Set<String> SOURCE_FIELDS = Set.of("connection_name", "connection", "connection_id", "schema_name",
            "table", "query", "watermark_columns", "filter_expression", "configure");
    static final Set<String> SOURCE_CONFIGURE = Set.of("read_options", "backward", "backward_days", "backward_hours",
            "backward_months", "backward_years", "backward_closing_day");
    static final Set<String> BACKWARD = Set.of("days", "hours", "months", "years", "closing_day");
    static final Set<String> DESTINATION_FIELDS = Set.of("connection_name", "connection", "connection_id",
            "schema_name", "table", "load_type", "merge_keys", "partition_columns", "configure");
    static final Set<String> DESTINATION_CONFIGURE = Set.of("replace_by_watermark", "scd2_effective_column",
            "write_options", "partition_columns", "partition_by");
    private static final Set<String> PARTITION_FIELDS = Set.of("column", "expression");

    private final ConnectionRegistry connections;

    EndpointReader(ConnectionRegistry connections) {
        this.connections = connections;
    }

    Source source(JsonObj s) {
        s.unsupported("python_function", "Python function sources");
        s.unsupported("path", "file sources");
        Connection c = connection(s);
        Map<String, Object> configure = s.checkedMap("configure", SOURCE_CONFIGURE);
        checkBackward(configure, s.at("configure"), s.problems());
        List<String> watermarks = s.stringList("watermark_columns");
        String schema = s.text("schema_name");
        String table = s.text("table");
        String query = s.text("query");
        String filter = s.text("filter_expression");
        s.finish();
        return c == null ? null : Build.of(s.path(), s.problems(),
                () -> new Source(c, schema, table, query, watermarks, filter, configure, null));
    }

    Destination destination(JsonObj d) {
        d.unsupported("path", "file destinations");
        Connection c = connection(d);
        Map<String, Object> configure = d.checkedMap("configure", DESTINATION_CONFIGURE);
        List<PartitionColumn> partitions = partitions(d.list("partition_columns"), d.at("partition_columns"),
                d.problems());
        // The original lifts partition columns out of configure (partition_by first, then partition_columns).
        for (String key : List.of("partition_by", "partition_columns")) {
            Object lifted = configure.remove(key);
            if (lifted != null && partitions.isEmpty()) {
                JsonNode node = Json.MAPPER.valueToTree(lifted);
                partitions = partitions(node.isArray() ? toList(node) : List.of(node),
                        d.at("configure") + "." + key, d.problems());
            }
        }
        LoadType loadType = Build.of(d.at("load_type"), d.problems(), () -> LoadType.parse(d.text("load_type")));
        List<String> mergeKeys = d.stringList("merge_keys");
        String schema = d.text("schema_name");
        String table = d.text("table");
        d.finish();
        List<PartitionColumn> parts = partitions;
        return c == null || loadType == null ? null : Build.of(d.path(), d.problems(),
                () -> new Destination(c, schema, table, loadType, mergeKeys, parts, configure));
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static List<PartitionColumn> partitions(List<JsonNode> nodes, String path, Problems problems) {
        List<PartitionColumn> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            String at = path + "[" + i + "]";
            PartitionColumn p;
            if (n.isTextual()) {
                p = Build.of(at, problems, () -> PartitionColumn.of(n.asText()));
            } else {
                JsonObj o = JsonObj.of(n, at, problems, PARTITION_FIELDS);
                if (o == null) {
                    continue;
                }
                o.finish();
                p = Build.of(at, problems, () -> new PartitionColumn(o.text("column"), o.text("expression")));
            }
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    static void checkBackward(Map<String, Object> configure, String path, Problems problems) {
        Object nested = configure.get("backward");
        if (nested != null) {
            JsonObj b = JsonObj.of(Json.MAPPER.valueToTree(nested), path + ".backward", problems, BACKWARD);
            if (b != null) {
                b.finish();
            }
        }
    }

    /** connection_name, connection (a name or an inline object) or connection_id; all given must agree. */
    private Connection connection(JsonObj o) {
        List<Connection> found = new ArrayList<>();
        String name = o.text("connection_name");
        if (name != null) {
            found.add(byName(name, o.at("connection_name"), o.problems()));
        }
        JsonNode inline = o.raw("connection");
        if (inline != null && inline.isTextual()) {
            found.add(byName(inline.asText(), o.at("connection"), o.problems()));
        } else if (inline != null) {
            Connection c = ConnectionReader.read(inline, o.at("connection"), o.problems());
            String clash = c == null ? null : connections.add(c);
            if (clash != null) {
                o.problems().add(o.at("connection"), clash);
            }
            found.add(c);
        }
        String id = o.text("connection_id");
        if (id != null) {
            Connection c = connections.byId(id);
            if (c == null && !connections.reportBroken(id, o.problems())) {
                o.problems().add(o.at("connection_id"), "unknown connection_id '" + id + "': no connection"
                        + " with this id is defined (a soft-deleted connection counts as missing). Define it, or refer"
                        + " to an existing connection by connection_name.");
            }
            found.add(c);
        }
        if (found.isEmpty()) {
            o.problems().add(o.path(), "no connection given. Set connection_name to one of the defined connections"
                    + list(connections.names()) + ".");
            return null;
        }
        if (found.contains(null)) {
            return null;
        }
        if (found.stream().map(Connection::connectionId).distinct().count() > 1) {
            o.problems().add(o.path(), "connection_name, connection and connection_id name different connections ("
                    + String.join(", ", found.stream().map(Connection::name).toList()) + "). Keep only one of them.");
            return null;
        }
        return found.get(0);
    }

    private Connection byName(String name, String path, Problems problems) {
        Connection c = connections.byName(name);
        if (c == null && !connections.reportBroken(name, problems)) {
            String hint = Suggestions.didYouMean(name, connections.names());
            problems.add(path, "unknown connection '" + name + "'" + (hint.isEmpty() ? "." : hint)
                    + " Defined connections" + list(connections.names()) + ".");
        }
        return c;
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? ": none" : ": " + String.join(", ", names);
    }
}
