package io.datacoolie.sql;

import io.datacoolie.api.chunk.ChunkInterval;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Which rows of the source a read covers: everything, rows after a stored watermark, or one replay chunk. */
public sealed interface ReadWindow {

    /** @return a read of every row (first run, or a full load) */
    static ReadWindow all() {
        return All.INSTANCE;
    }

    /**
     * An incremental read: {@code (c1 > ?) OR (c2 > ?)} over the watermark columns that have a value.
     *
     * @param lowerExclusive stored watermark value per column; null values are ignored
     * @return the window
     */
    static ReadWindow after(Map<String, ?> lowerExclusive) {
        return new After(lowerExclusive, Set.of());
    }

    /**
     * An incremental read whose listed columns start inclusively ({@code c >= ?}): for a watermark that was saved
     * from a replay's exclusive upper bound, so that rows equal to it are not lost (W1).
     *
     * @param lower stored watermark value per column; null values are ignored
     * @param inclusiveColumns the columns compared with {@code >=} instead of {@code >}
     * @return the window
     */
    static ReadWindow after(Map<String, ?> lower, Set<String> inclusiveColumns) {
        return new After(lower, inclusiveColumns);
    }

    /**
     * One replay chunk: {@code (col >= ? AND col < ?)}.
     *
     * @param column the chunk column, or null for the dataflow's first watermark column
     * @param interval the chunk's half-open bounds (LocalDate, LocalDateTime, OffsetDateTime or Long)
     * @param zone the zone naive bounds are read in for zoned columns (and zoned bounds converted to for naive
     *     columns); null means UTC
     * @return the window
     */
    static ReadWindow chunk(String column, ChunkInterval<?> interval, ZoneId zone) {
        return new Chunk(column, interval, zone == null ? ZoneOffset.UTC : zone);
    }

    /** Every row. */
    enum All implements ReadWindow {
        /** The only instance. */
        INSTANCE
    }

    /**
     * Rows after a stored watermark.
     *
     * @param lowerExclusive per-column lower bounds, in watermark-column order
     * @param inclusive columns whose bound is inclusive ({@code >=}), matched case-insensitively
     */
    record After(Map<String, ?> lowerExclusive, Set<String> inclusive) implements ReadWindow {
        /** Copies, keeping nulls out. */
        public After {
            inclusive = Set.copyOf(inclusive);
            Map<String, Object> m = new LinkedHashMap<>();
            Objects.requireNonNull(lowerExclusive, "lowerExclusive").forEach((k, v) -> {
                if (v != null) {
                    m.put(k, v);
                }
            });
            lowerExclusive = Collections.unmodifiableMap(m);
        }
    }

    /**
     * One replay chunk.
     *
     * @param column the chunk column, or null for the dataflow's default
     * @param interval the bounds
     * @param zone the replay zone
     */
    record Chunk(String column, ChunkInterval<?> interval, ZoneId zone) implements ReadWindow {
        /** Validates. */
        public Chunk {
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(zone, "zone");
        }
    }
}
