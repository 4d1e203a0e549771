package io.datacoolie.api;

import io.datacoolie.api.chunk.ChunkStep;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A replay request over {@code [start, end)} (SPEC §2, seed document).
 *
 * <p>Bounds are kept as the user gave them: {@link java.time.LocalDate}, {@link java.time.LocalDateTime},
 * {@link java.time.OffsetDateTime}, {@link java.time.ZonedDateTime}, {@link Long}/{@link Integer}, or a
 * {@link String} in ISO-8601 or integer form. The planner interprets and checks them, so that every error can name
 * the dataflow.
 *
 * @param start inclusive lower bound, not null
 * @param end exclusive upper bound, not null
 * @param chunkInterval the chunk step, or null for a single-shot replay
 * @param saveWatermark when true, the chunk's upper bound is saved as the watermark after each chunk
 * @param chunkColumn the column chunks are cut on, or null for {@code source.watermark_columns[0]}
 * @param zone the zone in which calendar boundaries are taken for naive bounds, or null
 */
public record ReplayConfig(Object start, Object end, ChunkStep chunkInterval, boolean saveWatermark,
        String chunkColumn, ZoneId zone) {

    /** Checks presence only; interpretation and range checks happen in the planner. */
    public ReplayConfig {
        if (start == null) {
            throw new InvalidDataflowException("ReplayConfig.start must not be null. Set it to the first value to replay,"
                    + " e.g. '2025-01-01'.");
        }
        if (end == null) {
            throw new InvalidDataflowException("ReplayConfig.end must not be null. Set it to the first value NOT to"
                    + " replay, e.g. '2025-04-01'.");
        }
        if (chunkColumn != null && chunkColumn.isBlank()) {
            chunkColumn = null;
        }
    }

    /**
     * @param start inclusive lower bound
     * @param end exclusive upper bound
     * @return a builder
     */
    public static Builder builder(Object start, Object end) {
        return new Builder(start, end);
    }

    /** Fluent construction of a {@link ReplayConfig}. */
    public static final class Builder {
        private final Object start;
        private final Object end;
        private ChunkStep chunkInterval;
        private boolean saveWatermark;
        private String chunkColumn;
        private ZoneId zone;

        private Builder(Object start, Object end) {
            this.start = start;
            this.end = end;
        }

        /**
         * @param step the chunk step; null means single-shot
         * @return this
         */
        public Builder chunkInterval(ChunkStep step) {
            this.chunkInterval = step;
            return this;
        }

        /**
         * @param save whether to save the watermark after each chunk
         * @return this
         */
        public Builder saveWatermark(boolean save) {
            this.saveWatermark = save;
            return this;
        }

        /**
         * @param column the chunk column override
         * @return this
         */
        public Builder chunkColumn(String column) {
            this.chunkColumn = column;
            return this;
        }

        /**
         * @param zoneId the calendar zone
         * @return this
         */
        public Builder zone(ZoneId zoneId) {
            this.zone = zoneId;
            return this;
        }

        /** @return the config */
        public ReplayConfig build() {
            return new ReplayConfig(start, end, chunkInterval, saveWatermark, chunkColumn, zone);
        }
    }

    @Override
    public String toString() {
        return "ReplayConfig[" + start + ", " + end + ") chunk=" + Objects.toString(chunkInterval, "single-shot")
                + " saveWatermark=" + saveWatermark + " chunkColumn=" + chunkColumn + " zone=" + zone;
    }
}
