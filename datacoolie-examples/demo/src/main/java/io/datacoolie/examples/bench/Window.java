package io.datacoolie.examples.bench;

import java.time.LocalDateTime;

/**
 * The half-open range {@code [start, end)} of {@code updated_at} a benchmark copies.
 *
 * @param start inclusive
 * @param end exclusive
 */
public record Window(LocalDateTime start, LocalDateTime end) {

    /** All of 2024, where the generated orders live. */
    public static final Window YEAR_2024 = of("2024-01-01T00:00:00", "2025-01-01T00:00:00");

    /** January 2024, used to warm up. */
    public static final Window JANUARY_2024 = of("2024-01-01T00:00:00", "2024-02-01T00:00:00");

    /** Checks the order. */
    public Window {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Window [" + start + ", " + end + ") is empty");
        }
    }

    /**
     * @param start ISO local date-time, inclusive
     * @param end ISO local date-time, exclusive
     * @return the window
     */
    public static Window of(String start, String end) {
        return new Window(LocalDateTime.parse(start), LocalDateTime.parse(end));
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
