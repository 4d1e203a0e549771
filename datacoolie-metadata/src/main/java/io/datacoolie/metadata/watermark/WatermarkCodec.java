package io.datacoolie.metadata.watermark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.datacoolie.api.DataCoolieException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Watermark JSON compatible with the Python original (reference §2.4): {@code {"col": value, ...}} written with
 * {@code sort_keys=True} and Python's separators, temporal values as the sentinels
 * {@code {"__datetime__": "..."}}, {@code {"__date__": "YYYY-MM-DD"}} and {@code {"__time__": "..."}}.
 *
 * <p>Java types: {@link LocalDate}, {@link LocalDateTime} (written without an offset, as Python writes naive
 * datetimes: W23), {@link OffsetDateTime} (also from {@link ZonedDateTime} and {@link Instant}, whose zone id is
 * not kept), {@link LocalTime}, {@link OffsetTime}, {@link Long} and other integers, {@link BigDecimal} (written as
 * a JSON number, fixing W19), doubles, strings, booleans and null. {@code java.sql} date/time values are converted
 * to their {@code java.time} forms. Decoding gives integers as {@link Long} and fractions as {@link BigDecimal}.
 */
public final class WatermarkCodec {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private WatermarkCodec() {
    }

    /**
     * @param watermark column to value
     * @return Python-compatible JSON text
     * @throws DataCoolieException for a value of a type that cannot be stored
     */
    public static String encode(Map<String, ?> watermark) {
        StringBuilder out = new StringBuilder();
        try {
            PythonJson.write(toJsonValue(watermark), out);
        } catch (IllegalArgumentException e) {
            throw new DataCoolieException("A watermark value of type " + e.getMessage() + " cannot be stored. Use a"
                    + " date, date-time, time, integer, decimal or string column as watermark column.", e);
        }
        return out.toString();
    }

    private static Object toJsonValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), toJsonValue(val)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(WatermarkCodec::toJsonValue).toList();
        }
        Object t = Temporals.normalise(v);
        if (t instanceof LocalDateTime || t instanceof OffsetDateTime) {
            return Map.of("__datetime__", Temporals.isoDateTime(t));
        }
        if (t instanceof LocalDate d) {
            return Map.of("__date__", d.toString());
        }
        if (t instanceof LocalTime || t instanceof OffsetTime) {
            return Map.of("__time__", Temporals.isoTime(t));
        }
        return t;
    }

    /**
     * The original's lenient reading, except that a corrupt value is an error rather than "no watermark" (which
     * would silently reload everything).
     *
     * @param json stored text; null, blank, {@code {}}, {@code null} and {@code None} mean no watermark
     * @return column to value in key order, empty when there is none
     * @throws DataCoolieException when the text is not a JSON object
     */
    public static Map<String, Object> decode(String json) {
        if (json == null || json.isBlank() || json.trim().equals("null") || json.trim().equals("None")) {
            return new LinkedHashMap<>();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DataCoolieException("Stored watermark '" + json + "' is not valid JSON ("
                    + e.getOriginalMessage() + "). Fix or delete the stored value.", e);
        }
        if (!root.isObject()) {
            throw new DataCoolieException("Stored watermark '" + json + "' is not a JSON object of column values."
                    + " Fix or delete the stored value.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) fromJson(root);
        return map;
    }

    private static Object fromJson(JsonNode n) {
        if (n.isObject()) {
            for (String sentinel : List.of("__datetime__", "__date__", "__time__")) {
                JsonNode v = n.get(sentinel);
                if (v != null && v.isTextual()) {
                    return Temporals.parseSentinel(sentinel, v.asText());
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), fromJson(e.getValue()));
            }
            return out;
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>();
            n.forEach(e -> out.add(fromJson(e)));
            return out;
        }
        if (n.isIntegralNumber()) {
            return n.canConvertToLong() ? (Object) n.longValue() : n.bigIntegerValue();
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return n.isNull() ? null : n.asText();
    }

    /**
     * Per-column merge (fixes W3): the update's columns replace the stored ones, every other stored column is kept.
     *
     * @param storedJson the stored text, may be null
     * @param update the columns to save
     * @return the merged JSON text
     */
    public static String merge(String storedJson, Map<String, ?> update) {
        Map<String, Object> merged = decode(storedJson);
        merged.putAll(update);
        return encode(merged);
    }
}
