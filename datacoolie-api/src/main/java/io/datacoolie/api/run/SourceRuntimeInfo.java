package io.datacoolie.api.run;

import java.util.List;
import java.util.Map;

/**
 * What the read phase of a run did (reference §4.2, source runtime).
 *
 * @param phase timing and status
 * @param rowsRead rows the source query returned
 * @param sql the exact source SQL text sent to the database, with {@code ?} placeholders, or null
 * @param binds the bind values of {@code sql}, in order, never null
 * @param watermarkBefore the stored watermark (or the chunk's lower bound for replay), never null
 * @param watermarkEffective the lower bound after backward look-back, never null
 * @param watermarkAfter the per-column maxima of the rows read, never null
 */
public record SourceRuntimeInfo(PhaseRuntime phase, long rowsRead, String sql, List<Object> binds,
        Map<String, Object> watermarkBefore, Map<String, Object> watermarkEffective, Map<String, Object> watermarkAfter) {

    /** A read that never ran. */
    public static final SourceRuntimeInfo PENDING = new SourceRuntimeInfo(PhaseRuntime.PENDING, 0, null, null, null,
            null, null);

    /** Copies; nulls become empty. Bind values may themselves be null (SQL NULL). */
    public SourceRuntimeInfo {
        phase = phase == null ? PhaseRuntime.PENDING : phase;
        binds = binds == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(binds));
        watermarkBefore = copy(watermarkBefore);
        watermarkEffective = copy(watermarkEffective);
        watermarkAfter = copy(watermarkAfter);
    }

    private static Map<String, Object> copy(Map<String, Object> m) {
        return m == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }
}
