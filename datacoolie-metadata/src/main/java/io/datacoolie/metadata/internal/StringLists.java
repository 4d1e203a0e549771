package io.datacoolie.metadata.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The original's {@code ensure_list}: a list, a JSON-array string, or a comma-separated string. */
final class StringLists {
    private StringLists() {
    }

    static List<String> read(JsonNode v, String path, Problems problems) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            String t = v.asText().trim();
            if (t.startsWith("[")) {
                try {
                    return read(Json.parse(t), path, problems);
                } catch (JsonProcessingException e) {
                    problems.add(path, "holds '" + t + "', which is not a valid JSON array (" + Json.describe(e)
                            + "). Write a list such as [\"a\", \"b\"] or a comma-separated string \"a, b\".");
                    return out;
                }
            }
            for (String part : t.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
            return out;
        }
        if (!v.isArray()) {
            problems.add(path, "must be a list of names, got " + JsonObj.kind(v) + ".");
            return out;
        }
        for (JsonNode e : v) {
            if (!e.isTextual() || e.asText().isBlank()) {
                problems.add(path, "must hold non-empty column names only, got " + JsonObj.kind(e) + ".");
            } else {
                out.add(e.asText().trim());
            }
        }
        return out;
    }
}
