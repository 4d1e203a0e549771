package io.datacoolie.batch.exec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datacoolie.api.DataCoolieException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Watermark JSON (reference §2.4): keys sorted, dates as {@code {"__date__": ...}}, date-times as
 * {@code {"__datetime__": ...}}. The key {@value #EXCLUSIVE} lists columns whose stored value is an EXCLUSIVE bound
 * saved by a replay with save_watermark: the next incremental run reads them with {@code >=}, so rows equal to the
 * old replay end are not lost (the original's W1).
 */
public final class Watermarks {
    /** Marker key for exclusive-bound columns. */
    public static final String EXCLUSIVE = "__exclusive_bound__";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Watermarks() {
    }

    /**
     * @param values column to value; a {@link Set} under {@link #EXCLUSIVE} is written as a list
     * @return JSON text
     */
    public static String encode(Map<String, Object> values) {
        ObjectNode o = JSON.createObjectNode();
        new TreeMap<>(values).forEach((k, v) -> {
            if (v == null) {
                o.putNull(k);
            } else if (v instanceof LocalDate) {
                o.putObject(k).put("__date__", v.toString());
            } else if (v instanceof LocalDateTime || v instanceof OffsetDateTime) {
                o.putObject(k).put("__datetime__", Planning.format(v));
            } else if (v instanceof Long || v instanceof Integer) {
                o.put(k, ((Number) v).longValue());
            } else if (v instanceof java.math.BigDecimal) {
                o.put(k, (java.math.BigDecimal) v);
            } else if (v instanceof Set) {
                ((Set<?>) v).stream().map(Object::toString).sorted().forEach(o.putArray(k)::add);
            } else {
                o.put(k, v.toString());
            }
        });
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new DataCoolieException("Cannot encode watermark " + values + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param json stored text, may be null
     * @return column to value (the {@link #EXCLUSIVE} marker as a {@code Set<String>}); empty for nothing stored
     */
    public static Map<String, Object> decode(String json) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return out;
        }
        if (n == null || !n.isObject()) {
            return out;
        }
        n.fields().forEachRemaining(e -> out.put(e.getKey(), value(e.getKey(), e.getValue())));
        return out;
    }

    private static Object value(String key, JsonNode v) {
        if (EXCLUSIVE.equals(key) && v.isArray()) {
            Set<String> s = new LinkedHashSet<>();
            v.forEach(x -> s.add(x.asText()));
            return s;
        }
        if (v.isObject() && v.has("__date__")) {
            return LocalDate.parse(v.get("__date__").asText());
        }
        if (v.isObject() && v.has("__datetime__")) {
            return Planning.parseBound(v.get("__datetime__").asText());
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        return v.isNull() ? null : v.asText();
    }

    /**
     * @param df the dataflow
     * @param column a column name as the database spells it
     * @return the name as {@code source.watermark_columns} spells it, the key watermarks are stored under
     */
    public static String key(io.datacoolie.api.DataFlow df, String column) {
        return df.source().watermarkColumns().stream().filter(c -> c.equalsIgnoreCase(column)).findFirst()
                .orElse(column);
    }

    /**
     * @param wm decoded watermark
     * @return the columns stored as exclusive bounds
     */
    @SuppressWarnings("unchecked")
    public static Set<String> exclusiveColumns(Map<String, Object> wm) {
        Object s = wm.get(EXCLUSIVE);
        return s instanceof Set ? (Set<String>) s : Set.of();
    }
}
