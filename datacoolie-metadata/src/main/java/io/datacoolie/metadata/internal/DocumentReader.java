package io.datacoolie.metadata.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.Ids;
import io.datacoolie.metadata.MetadataDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Reads a whole metadata document ({@code connections}, {@code dataflows}, {@code schema_hints}). */
public final class DocumentReader {
    private static final Set<String> FIELDS = Set.of("connections", "dataflows", "schema_hints");

    private DocumentReader() {
    }

    /**
     * @param root the parsed document
     * @param source what was read, for the error message
     * @return the document
     * @throws io.datacoolie.metadata.MetadataException listing every problem
     */
    public static MetadataDocument read(JsonNode root, String source) {
        return read(root, source, null);
    }

    /**
     * Reads only the dataflows the selection keeps, and reports an invalid connection only when one of them uses
     * it, so that a file shared with the Python build (file connections, python functions...) still serves its
     * database dataflows.
     *
     * @param root the parsed document
     * @param source what was read, for the error message
     * @param select keeps a raw dataflow object; null keeps all and reports every problem
     * @return the document with the selected dataflows and the valid connections
     * @throws io.datacoolie.metadata.MetadataException listing every problem that concerns the selection
     */
    public static MetadataDocument read(JsonNode root, String source, Predicate<JsonNode> select) {
        Problems problems = new Problems();
        JsonObj doc = JsonObj.of(root, "", problems, FIELDS);
        if (doc == null) {
            problems.throwIfAny(source);
            throw new IllegalStateException("unreachable: an empty document is reported as a problem");
        }
        ConnectionRegistry connections = new ConnectionRegistry();
        List<JsonNode> nodes = doc.list("connections");
        for (int i = 0; i < nodes.size(); i++) {
            Problems own = new Problems();
            Connection c = ConnectionReader.read(nodes.get(i), "connections[" + i + "]", own);
            if (!own.isEmpty()) {
                // Kept aside so that references to it do not add "unknown connection" noise.
                String name = rawText(nodes.get(i), "name");
                String id = rawText(nodes.get(i), "connection_id");
                connections.addBroken(name, id == null && name != null ? Ids.derive(name) : id, own);
                if (select == null && !connections.reportBroken(name != null ? name : id, problems)) {
                    problems.absorb(own); // a nameless connection: nothing can refer to it
                }
            }
            String clash = c == null ? null : connections.add(c);
            if (clash != null) {
                problems.add("connections[" + i + "]", clash);
            }
        }
        SchemaHintGroups hints = new SchemaHintGroups();
        hints.read(doc.list("schema_hints"), connections, problems);
        DataflowReader reader = new DataflowReader(connections, hints);
        List<DataFlow> dataflows = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        List<JsonNode> flows = doc.list("dataflows");
        for (int i = 0; i < flows.size(); i++) {
            if (select != null && !select.test(flows.get(i))) {
                continue;
            }
            DataFlow df = reader.read(flows.get(i), "dataflows[" + i + "]", problems);
            if (df == null) {
                continue;
            }
            Integer first = ids.putIfAbsent(df.dataflowId(), i);
            if (first != null) {
                problems.forDataflow(df.displayName()).add("dataflows[" + i + "]", "dataflow_id '" + df.dataflowId()
                        + "' is already used by dataflows[" + first + "]. Give every dataflow a unique name or id.");
            }
            dataflows.add(df);
        }
        doc.finish();
        problems.throwIfAny(source);
        return new MetadataDocument(connections.all(), dataflows);
    }

    private static String rawText(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isValueNode() && !v.asText().isBlank() ? v.asText().trim() : null;
    }
}
