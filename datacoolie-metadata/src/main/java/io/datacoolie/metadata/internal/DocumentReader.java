package io.datacoolie.metadata.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.metadata.MetadataDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Problems problems = new Problems();
        JsonObj doc = JsonObj.of(root, "", problems, FIELDS);
        if (doc == null) {
            problems.throwIfAny(source);
            throw new IllegalStateException("unreachable: an empty document is reported as a problem");
        }
        ConnectionRegistry connections = new ConnectionRegistry();
        List<JsonNode> nodes = doc.list("connections");
        for (int i = 0; i < nodes.size(); i++) {
            Connection c = ConnectionReader.read(nodes.get(i), "connections[" + i + "]", problems);
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
}
