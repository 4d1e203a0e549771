package io.datacoolie.planner;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** The kinds of replay bound the planner accepts, and the Java type chunks of that kind carry. */
public enum BoundKind {
    /** A calendar date, {@code 2025-01-01}: chunks are {@link LocalDate}. */
    DATE(LocalDate.class, "a date"),
    /** A date-time without offset, {@code 2025-01-01T06:00:00}: chunks are {@link LocalDateTime}. */
    LOCAL_DATE_TIME(LocalDateTime.class, "a date-time without offset"),
    /** A date-time with offset, {@code 2025-01-01T00:00:00+02:00}: chunks are {@link OffsetDateTime}. */
    OFFSET_DATE_TIME(OffsetDateTime.class, "a date-time with offset"),
    /** An integer, {@code 100000}: chunks are {@link Long}. */
    INTEGER(Long.class, "an integer");

    private final Class<?> javaType;
    private final String description;

    BoundKind(Class<?> javaType, String description) {
        this.javaType = javaType;
        this.description = description;
    }

    /** @return the Java type of chunk bounds of this kind */
    public Class<?> javaType() {
        return javaType;
    }

    /** @return a phrase for messages, e.g. {@code a date} */
    public String description() {
        return description;
    }

    /** @return true for the three time kinds */
    public boolean isTemporal() {
        return this != INTEGER;
    }

    /**
     * @param bound a chunk bound: LocalDate, LocalDateTime, OffsetDateTime or Long
     * @return its kind
     * @throws IllegalArgumentException for any other type
     */
    public static BoundKind of(Object bound) {
        for (BoundKind k : values()) {
            if (k.javaType.isInstance(bound)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Not a chunk bound: " + bound + " ("
                + (bound == null ? "null" : bound.getClass().getName()) + ")");
    }
}
