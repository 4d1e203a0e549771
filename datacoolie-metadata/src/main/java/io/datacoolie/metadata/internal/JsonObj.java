package io.datacoolie.metadata.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A metadata object being read: knows its path, the fields it accepts, and reports problems (wrong types, unknown
 * fields with a suggestion, fields this edition cannot honour) instead of throwing.
 */
public final class JsonObj {
    private final ObjectNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> known;
    private final Set<String> unsupported = new LinkedHashSet<>();

    private JsonObj(ObjectNode node, String path, Problems problems, Set<String> known) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.known = known;
    }

    /**
     * @param node the JSON value, which must be an object (or a JSON string holding one)
     * @param path where it is, e.g. {@code dataflows[3].source}
     * @param problems where problems go
     * @param known every field name this object accepts
     * @return the reader, or null when the value is not an object (a problem is reported)
     */
    public static JsonObj of(JsonNode node, String path, Problems problems, Set<String> known) {
        JsonNode n = unwrapJsonString(node, path, problems);
        if (n == null) {
            return null;
        }
        if (!n.isObject()) {
            problems.add(path, "must be a JSON object, got " + kind(n) + ". Write it as {\"field\": value, ...}.");
            return null;
        }
        return new JsonObj((ObjectNode) n, path, problems, known);
    }

    /** Accepts an object written as a JSON string (the DB provider's text columns, the original's parse_json). */
    private static JsonNode unwrapJsonString(JsonNode node, String path, Problems problems) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isTextual()) {
            return node;
        }
        String text = node.asText().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Json.parse(text);
        } catch (JsonProcessingException e) {
            problems.add(path, "holds a string that is not valid JSON (" + Json.describe(e)
                    + "). Write the object directly, or a valid JSON text.");
            return null;
        }
    }

    static String kind(JsonNode n) {
        if (n.isTextual()) {
            return "the string '" + n.asText() + "'";
        }
        return n.isArray() ? "a list" : n.isObject() ? "an object" : "'" + n + "'";
    }

    /** @return the whole object as a mutable ordered map of plain Java values */
    public Map<String, Object> asMap() {
        return Json.toMap(node);
    }

    /**
     * Reads an optional nested object whose keys are checked, as a map.
     *
     * @param field the field
     * @param fields the keys the nested object accepts
     * @return its content, empty when absent
     */
    public Map<String, Object> checkedMap(String field, Set<String> fields) {
        JsonObj c = child(field, fields);
        if (c == null) {
            return new LinkedHashMap<>();
        }
        c.finish();
        return c.asMap();
    }

    /** @return the path of this object */
    public String path() {
        return path;
    }

    /** @return the problem collector */
    public Problems problems() {
        return problems;
    }

    /**
     * @param field a field
     * @return the path of that field
     */
    public String at(String field) {
        return path + "." + field;
    }

    private JsonNode get(String field) {
        if (!known.contains(field) && !unsupported.contains(field)) {
            throw new IllegalStateException("field '" + field + "' is not declared for " + path);
        }
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    /**
     * @param field a field
     * @return true when the field is present and not null
     */
    public boolean has(String field) {
        return get(field) != null;
    }

    /**
     * @param field a field
     * @return the raw value or null
     */
    public JsonNode raw(String field) {
        return get(field);
    }

    /**
     * @param field a field holding text (a number is taken as its text)
     * @return the text, or null when absent or not a scalar (reported)
     */
    public String text(String field) {
        JsonNode v = get(field);
        if (v == null) {
            return null;
        }
        if (!v.isValueNode()) {
            problems.add(at(field), "must be a string, got " + kind(v) + ".");
            return null;
        }
        return v.asText();
    }

    /**
     * @param field a field holding a whole number, or its text
     * @return the number, or null when absent or malformed (reported)
     */
    public Integer integer(String field) {
        JsonNode v = get(field);
        if (v == null || (v.isTextual() && v.asText().isBlank())) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual()) {
            try {
                return Integer.valueOf(v.asText().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.add(at(field), "must be a whole number, got " + kind(v) + ". Write it as e.g. 1.");
        return null;
    }

    /**
     * @param field a boolean field (true/false, "true"/"false", 1/0)
     * @param dflt the value when absent
     * @return the value
     */
    public boolean bool(String field, boolean dflt) {
        JsonNode v = get(field);
        if (v == null) {
            return dflt;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber() && (v.intValue() == 0 || v.intValue() == 1)) {
            return v.intValue() == 1;
        }
        String t = v.isTextual() ? v.asText().trim().toLowerCase(java.util.Locale.ROOT) : "";
        if (t.equals("true") || t.equals("false")) {
            return t.equals("true");
        }
        problems.add(at(field), "must be true or false, got " + kind(v) + ".");
        return dflt;
    }

    /**
     * The original's {@code ensure_list}: a list of strings, or a string holding a JSON array or comma-separated
     * names.
     *
     * @param field the field
     * @return the names, empty when absent
     */
    public List<String> stringList(String field) {
        return StringLists.read(get(field), at(field), problems);
    }

    /**
     * @param field a field holding an object, or a JSON string of one
     * @return a mutable ordered map, empty when absent or malformed (reported)
     */
    public Map<String, Object> map(String field) {
        JsonNode v = unwrapJsonString(get(field), at(field), problems);
        if (v == null) {
            return new LinkedHashMap<>();
        }
        if (!v.isObject()) {
            problems.add(at(field), "must be a JSON object, got " + kind(v) + ".");
            return new LinkedHashMap<>();
        }
        return Json.toMap(v);
    }

    /**
     * @param field a field holding a nested object
     * @param fields the nested object's fields
     * @return its reader, or null when absent or not an object (reported)
     */
    public JsonObj child(String field, Set<String> fields) {
        return of(get(field), at(field), problems, fields);
    }

    /**
     * @param field a field holding a list of objects
     * @return the elements, empty when absent or not a list (reported)
     */
    public List<JsonNode> list(String field) {
        JsonNode v = unwrapJsonString(get(field), at(field), problems);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            problems.add(at(field), "must be a list, got " + kind(v) + ".");
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    /**
     * Declares a field the Python original knows but this edition cannot honour. Present with a non-empty value,
     * it is an error.
     *
     * @param field the field
     * @param why what it does in the original
     */
    public void unsupported(String field, String why) {
        unsupported.add(field);
        JsonNode v = node.get(field);
        boolean empty = v == null || v.isNull() || (v.isContainerNode() && v.isEmpty())
                || (v.isTextual() && v.asText().isBlank());
        if (!empty) {
            problems.add(at(field), "'" + field + "' (" + why + ") is a field of the Python original that this JDBC"
                    + " edition cannot honour. Remove it, or run this dataflow with the Python edition.");
        }
    }

    /** Reports every field that is neither known nor declared unsupported, with the closest known name. */
    public void finish() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!known.contains(f) && !unsupported.contains(f)) {
                String hint = Suggestions.didYouMean(f, known);
                problems.add(path, "unknown field '" + f + "'" + (hint.isEmpty()
                        ? ". Known fields: " + String.join(", ", new java.util.TreeSet<>(known)) + "." : hint));
            }
        }
    }
}
