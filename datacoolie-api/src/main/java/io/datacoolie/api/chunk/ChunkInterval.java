package io.datacoolie.api.chunk;

import java.util.Objects;

/**
 * A half-open interval {@code [start, end)} in one chunking domain. Immutable.
 *
 * @param <T> LocalDate, LocalDateTime, OffsetDateTime or Long
 * @param start inclusive lower bound, not null
 * @param end exclusive upper bound, not null, not before start
 */
public record ChunkInterval<T extends Comparable<? super T>>(T start, T end) {
    /** Validates. */
    public ChunkInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.compareTo(start) < 0) {
            throw new IllegalArgumentException(
                    "Chunk interval end " + end + " is before start " + start + "; expected start <= end");
        }
    }

    /**
     * @param startInclusive inclusive lower bound
     * @param endExclusive exclusive upper bound
     * @param <T> bound type
     * @return the interval
     */
    public static <T extends Comparable<? super T>> ChunkInterval<T> of(T startInclusive, T endExclusive) {
        return new ChunkInterval<>(startInclusive, endExclusive);
    }

    /** @return true when start equals end */
    public boolean isEmpty() {
        return start.compareTo(end) == 0;
    }

    /**
     * @param value a value
     * @return true when {@code start <= value < end}
     */
    public boolean contains(T value) {
        return start.compareTo(value) <= 0 && value.compareTo(end) < 0;
    }

    /**
     * @param other another interval
     * @return true when this interval's end is the other's start, or the reverse
     */
    public boolean abuts(ChunkInterval<T> other) {
        return end.compareTo(other.start) == 0 || other.end.compareTo(start) == 0;
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
