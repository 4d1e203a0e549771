package io.datacoolie.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bound text: parse and format round-trip, in the exact shapes the JSON output promises. */
class ChunkBoundsTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                arguments("2025-01-01", LocalDate.of(2025, 1, 1), "2025-01-01"),
                arguments("2025-01-01T06:00", LocalDateTime.of(2025, 1, 1, 6, 0), "2025-01-01T06:00:00"),
                arguments("2025-01-01 06:00:00", LocalDateTime.of(2025, 1, 1, 6, 0), "2025-01-01T06:00:00"),
                arguments("2025-01-01T06:00:00.5", LocalDateTime.of(2025, 1, 1, 6, 0, 0, 500_000_000),
                        "2025-01-01T06:00:00.5"),
                arguments("2025-01-01T06:00:00.000000001", LocalDateTime.of(2025, 1, 1, 6, 0, 0, 1),
                        "2025-01-01T06:00:00.000000001"),
                arguments("2025-03-30T03:00+02:00", OffsetDateTime.of(2025, 3, 30, 3, 0, 0, 0, ZoneOffset.ofHours(2)),
                        "2025-03-30T03:00:00+02:00"),
                arguments("2025-01-01T00:00:00Z", OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                        "2025-01-01T00:00:00Z"),
                arguments("2025-01-01T00:00+01:00[Europe/Berlin]",
                        ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneId.of("Europe/Berlin")),
                        "2025-01-01T00:00:00+01:00"),
                arguments(" 100000 ", 100_000L, "100000"),
                arguments("-42", -42L, "-42"),
                arguments("+10000-01-01", LocalDate.of(10000, 1, 1), "+10000-01-01"),
                arguments("2025-01-01T23:59:59.123456789-09:30",
                        OffsetDateTime.of(2025, 1, 1, 23, 59, 59, 123_456_789, ZoneOffset.ofHoursMinutes(-9, -30)),
                        "2025-01-01T23:59:59.123456789-09:30"),
                arguments("2025-01-01T00:00:00.010", LocalDateTime.of(2025, 1, 1, 0, 0, 0, 10_000_000),
                        "2025-01-01T00:00:00.01"),
                arguments("-0001-12-31T05:06:07", LocalDateTime.of(-1, 12, 31, 5, 6, 7), "-0001-12-31T05:06:07"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void parseThenFormat_roundTrips(String text, Object value, String formatted) {
        Object parsed = ChunkBounds.parse(text);

        assertEquals(value, parsed);
        assertEquals(formatted, ChunkBounds.format(parsed));
        Object again = ChunkBounds.parse(formatted);
        assertEquals(ChunkBounds.format(again), formatted);
    }

    static Stream<Arguments> values() {
        return Stream.of(
                arguments(7, 7L),
                arguments((short) 7, 7L),
                arguments(BigInteger.valueOf(-7), -7L),
                arguments(Instant.parse("2025-01-01T00:00:00Z"),
                        OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
                arguments(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void normalize_javaValues(Object value, Object expected) {
        assertEquals(expected, ChunkBounds.normalize(value, "start", null));
    }
}
