package io.datacoolie.batch.exec;

import java.util.Map;
import java.util.Set;

/**
 * Which source rows one run reads.
 *
 * @param chunkColumn for a replay chunk: the column cut on; else null
 * @param lower for a chunk: {@code {col: inclusive lower}}; for an incremental run: each watermark column's stored
 *     value (empty on a first run)
 * @param upper for a chunk: {@code {col: exclusive upper}}; else empty
 * @param inclusiveLower incremental columns read with {@code >=} instead of {@code >}: values stored from an exclusive
 *     replay bound (the W1 fix)
 * @param zone the replay zone, or null
 */
public record Window(String chunkColumn, Map<String, Object> lower, Map<String, Object> upper,
        Set<String> inclusiveLower, java.time.ZoneId zone) {

    /** Copies. */
    public Window {
        lower = lower == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lower));
        upper = upper == null ? Map.of() : Map.copyOf(upper);
        inclusiveLower = inclusiveLower == null ? Set.of() : Set.copyOf(inclusiveLower);
    }

    /**
     * @param column the chunk column
     * @param start inclusive lower bound
     * @param end exclusive upper bound
     * @param zone the replay zone, or null
     * @return a replay chunk's window {@code [start, end)}
     */
    public static Window chunk(String column, Object start, Object end, java.time.ZoneId zone) {
        return new Window(column, Map.of(column, start), Map.of(column, end), Set.of(column), zone);
    }

    /**
     * @param lower stored watermark per column (nulls ignored)
     * @param inclusive columns whose stored value is an exclusive replay bound, read with {@code >=}
     * @return an incremental window
     */
    public static Window after(Map<String, Object> lower, Set<String> inclusive) {
        return new Window(null, lower, null, inclusive, null);
    }

    /**
     * @param stored the decoded stored watermark (may hold {@link Watermarks#EXCLUSIVE}), empty on a first run
     * @param backward the dataflow's look-back, or null
     * @param clock the clock a look-back is measured from
     * @return the window an incremental run reads
     */
    public static Window incremental(Map<String, Object> stored, io.datacoolie.api.Backward backward,
            java.time.Clock clock) {
        Map<String, Object> before = new java.util.LinkedHashMap<>(stored);
        before.remove(Watermarks.EXCLUSIVE);
        return after(Backwards.apply(before, backward, clock), Watermarks.exclusiveColumns(stored));
    }

    /** @return true for a replay chunk */
    public boolean isChunk() {
        return chunkColumn != null;
    }
}
