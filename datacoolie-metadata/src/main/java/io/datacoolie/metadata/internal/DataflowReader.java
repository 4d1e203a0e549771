package io.datacoolie.metadata.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.datacoolie.api.DataCoolieException;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.Destination;
import io.datacoolie.api.SchemaHint;
import io.datacoolie.api.Source;
import io.datacoolie.api.Transform;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one dataflow object (reference §1.3) with its source, transform and destination. */
final class DataflowReader {
    static final Set<String> FIELDS = Set.of("dataflow_id", "name", "workspace_id", "description", "stage",
            "group_number", "execution_order", "processing_mode", "is_active", "source", "transform", "destination",
            "configure");

    private final EndpointReader endpoints;
    private final SchemaHintGroups hints;

    DataflowReader(ConnectionRegistry connections, SchemaHintGroups hints) {
        this.endpoints = new EndpointReader(connections);
        this.hints = hints;
    }

    DataFlow read(JsonNode node, String path, Problems all) {
        String label = label(node);
        Problems problems = all.forDataflow(label);
        JsonObj o = JsonObj.of(node, path, problems, FIELDS);
        if (o == null) {
            return null;
        }
        int before = all.size();
        Source source = part(o, "source", EndpointReader.SOURCE_FIELDS, endpoints::source);
        Destination destination = part(o, "destination", EndpointReader.DESTINATION_FIELDS, endpoints::destination);
        JsonObj t = o.child("transform", TransformReader.FIELDS);
        Transform transform = TransformReader.read(t);
        Integer group = o.integer("group_number");
        Integer order = o.integer("execution_order");
        boolean active = o.bool("is_active", true);
        Map<String, Object> configure = o.map("configure");
        o.finish();
        if (all.size() > before || source == null || destination == null || transform == null) {
            return null;
        }
        Transform withHints = attachHints(transform, source);
        try {
            return new DataFlow(o.text("dataflow_id"), o.text("name"), o.text("workspace_id"), o.text("description"),
                    o.text("stage"), group, order, o.text("processing_mode"), active, source, withHints, destination,
                    configure);
        } catch (DataCoolieException e) {
            // The problem prefix already names the dataflow.
            String msg = e.getMessage();
            String own = "Dataflow '" + label + "': ";
            problems.add(path, msg.startsWith(own) ? msg.substring(own.length()) : msg);
            return null;
        }
    }

    private static <T> T part(JsonObj o, String field, Set<String> fields, java.util.function.Function<JsonObj, T> f) {
        JsonObj p = o.child(field, fields);
        if (p == null) {
            if (!o.has(field)) {
                o.problems().add(o.path(), "'" + field + "' is required. Add a " + field + " object.");
            }
            return null;
        }
        return f.apply(p);
    }

    private Transform attachHints(Transform t, Source source) {
        if (!t.schemaHints().isEmpty()) {
            return t;
        }
        List<SchemaHint> found = hints.lookup(source);
        return found.isEmpty() ? t : new Transform(found, t.deduplicateColumns(), t.latestDataColumns(),
                t.additionalColumns(), t.filterExpression(), t.selectColumns(), t.dropColumns(), t.renameColumns(),
                t.configure());
    }

    private static String label(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (String f : List.of("name", "dataflow_id")) {
            JsonNode v = node.get(f);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().trim();
            }
        }
        return null;
    }
}
