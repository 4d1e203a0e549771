package io.datacoolie.api.chunk;

import java.util.Objects;

/**
 * One chunk of a plan: its 0-based index and its bounds.
 *
 * @param <T> bound type
 * @param index 0-based position in the plan
 * @param interval the half-open bounds
 */
public record Chunk<T extends Comparable<? super T>>(int index, ChunkInterval<T> interval) {
    /** Validates. */
    public Chunk {
        Objects.requireNonNull(interval, "interval");
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
    }

    /** @return {@code chunk-0007}: also the JSR-352 partition key */
    public String id() {
        return String.format("chunk-%04d", index);
    }

    /** @return inclusive lower bound */
    public T start() {
        return interval.start();
    }

    /** @return exclusive upper bound */
    public T end() {
        return interval.end();
    }

    @Override
    public String toString() {
        return id() + " " + interval;
    }
}
