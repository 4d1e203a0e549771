package io.datacoolie.api.chunk;

/**
 * The size of one chunk: a calendar step ({@code months: 1}) or an integer step ({@code step: 100000}).
 * Parsing from the metadata's {@code chunk_interval} map lives in the planner.
 */
public sealed interface ChunkStep permits ChunkStep.CalendarStep, ChunkStep.IntegerStep {

    /** @return the metadata key: {@code years ... minutes} or {@code step} */
    String key();

    /** @return the positive amount, as a long */
    long size();

    /**
     * A calendar step.
     *
     * @param unit the unit
     * @param amount a positive count of units
     */
    record CalendarStep(ChunkUnit unit, int amount) implements ChunkStep {
        /** Validates. */
        public CalendarStep {
            java.util.Objects.requireNonNull(unit, "unit");
            if (amount <= 0) {
                throw new IllegalArgumentException("chunk_interval." + unit.key() + " must be positive, got " + amount);
            }
        }

        @Override
        public String key() {
            return unit.key();
        }

        @Override
        public long size() {
            return amount;
        }

        @Override
        public String toString() {
            return unit.key() + "=" + amount;
        }
    }

    /**
     * An integer step over an integer chunk column.
     *
     * @param size a positive step
     */
    record IntegerStep(long size) implements ChunkStep {
        /** Validates. */
        public IntegerStep {
            if (size <= 0) {
                throw new IllegalArgumentException("chunk_interval.step must be positive, got " + size);
            }
        }

        @Override
        public String key() {
            return "step";
        }

        @Override
        public String toString() {
            return "step=" + size;
        }
    }
}
