package io.datacoolie.batch.exec;

import io.datacoolie.api.DataFlow;
import io.datacoolie.metadata.watermark.WatermarkCodec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Watermark values around the metadata module's Python-compatible {@link WatermarkCodec}. The key {@value #EXCLUSIVE}
 * lists the columns whose stored value is an EXCLUSIVE bound saved by a replay with save_watermark: the next
 * incremental run reads them with {@code >=}, so rows equal to the old replay end are not lost (the original's W1).
 * The Python build ignores keys that are not watermark columns.
 */
public final class Watermarks {
    /** Marker key for exclusive-bound columns. */
    public static final String EXCLUSIVE = "__exclusive_bound__";

    private Watermarks() {
    }

    /**
     * @param values column to value; a collection under {@link #EXCLUSIVE} is written as a sorted list
     * @return JSON text
     */
    public static String encode(Map<String, Object> values) {
        Map<String, Object> m = new LinkedHashMap<>(values);
        Object marker = m.remove(EXCLUSIVE);
        if (marker instanceof Collection<?> c && !c.isEmpty()) {
            List<String> l = new ArrayList<>();
            c.forEach(x -> l.add(x.toString()));
            l.sort(null);
            m.put(EXCLUSIVE, l);
        }
        return WatermarkCodec.encode(m);
    }

    /**
     * @param json stored text, may be null
     * @return column to value (the {@link #EXCLUSIVE} marker as a {@code Set<String>}); empty for nothing stored
     */
    public static Map<String, Object> decode(String json) {
        Map<String, Object> m = WatermarkCodec.decode(json);
        Object marker = m.get(EXCLUSIVE);
        if (marker instanceof Collection<?> c) {
            Set<String> s = new LinkedHashSet<>();
            c.forEach(x -> s.add(x.toString()));
            m.put(EXCLUSIVE, s);
        }
        m.replaceAll((k, v) -> v instanceof Integer i ? Long.valueOf(i) : v);
        return m;
    }

    /**
     * @param df the dataflow
     * @param column a column name as the database spells it
     * @return the name as {@code source.watermark_columns} spells it, the key watermarks are stored under
     */
    public static String key(DataFlow df, String column) {
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
