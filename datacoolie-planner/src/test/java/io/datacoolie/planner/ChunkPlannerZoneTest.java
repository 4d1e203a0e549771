package io.datacoolie.planner;

import static io.datacoolie.planner.Plans.boundaries;
import static io.datacoolie.planner.Plans.list;
import static io.datacoolie.planner.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.datacoolie.api.chunk.Chunk;
import io.datacoolie.api.chunk.ChunkPlan;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Zone-aware calendars: DST days are 23 or 25 hours, DST hours are never empty or doubled. */
class ChunkPlannerZoneTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments("Berlin spring-forward by hours: 02:00 does not exist", "2025-03-30T00:00",
                        "2025-03-30T05:00", "hours=1", "Europe/Berlin", "2025-03-30T00:00:00+01:00"
                                + " | 2025-03-30T01:00:00+01:00 | 2025-03-30T03:00:00+02:00 | 2025-03-30T04:00:00+02:00"
                                + " | 2025-03-30T05:00:00+02:00"),
                arguments("Berlin fall-back by hours: the repeated 02:00 hour is its own chunk", "2025-10-26T00:00",
                        "2025-10-26T05:00", "hours=1", "Europe/Berlin", "2025-10-26T00:00:00+02:00"
                                + " | 2025-10-26T01:00:00+02:00 | 2025-10-26T02:00:00+02:00 | 2025-10-26T02:00:00+01:00"
                                + " | 2025-10-26T03:00:00+01:00 | 2025-10-26T04:00:00+01:00 | 2025-10-26T05:00:00+01:00"),
                arguments("Berlin fall-back by hours=2", "2025-10-26T00:00", "2025-10-26T06:00", "hours=2",
                        "Europe/Berlin", "2025-10-26T00:00:00+02:00 | 2025-10-26T02:00:00+02:00"
                                + " | 2025-10-26T02:00:00+01:00 | 2025-10-26T04:00:00+01:00 | 2025-10-26T06:00:00+01:00"),
                arguments("Berlin fall-back by minutes=30 from inside the first 02:xx", "2025-10-26T02:30",
                        "2025-10-26T03:30", "minutes=30", "Europe/Berlin", "2025-10-26T02:30:00+02:00"
                                + " | 2025-10-26T02:00:00+01:00 | 2025-10-26T02:30:00+01:00 | 2025-10-26T03:00:00+01:00"
                                + " | 2025-10-26T03:30:00+01:00"),
                arguments("Berlin spring-forward by days: the day is 23 hours", "2025-03-29T00:00", "2025-04-01T00:00",
                        "days=1", "Europe/Berlin", "2025-03-29T00:00:00+01:00 | 2025-03-30T00:00:00+01:00"
                                + " | 2025-03-31T00:00:00+02:00 | 2025-04-01T00:00:00+02:00"),
                arguments("Berlin fall-back by days: the day is 25 hours", "2025-10-25T00:00", "2025-10-28T00:00",
                        "days=1", "Europe/Berlin", "2025-10-25T00:00:00+02:00 | 2025-10-26T00:00:00+02:00"
                                + " | 2025-10-27T00:00:00+01:00 | 2025-10-28T00:00:00+01:00"),
                arguments("Berlin by months across spring-forward", "2025-03-15T00:00", "2025-05-01T00:00", "months=1",
                        "Europe/Berlin", "2025-03-15T00:00:00+01:00 | 2025-04-01T00:00:00+02:00"
                                + " | 2025-05-01T00:00:00+02:00"),
                arguments("New York spring-forward by hours", "2025-03-09T00:00", "2025-03-09T04:00", "hours=1",
                        "America/New_York", "2025-03-09T00:00:00-05:00 | 2025-03-09T01:00:00-05:00"
                                + " | 2025-03-09T03:00:00-04:00 | 2025-03-09T04:00:00-04:00"),
                arguments("New York spring-forward by minutes=30", "2025-03-09T01:00", "2025-03-09T03:30",
                        "minutes=30", "America/New_York", "2025-03-09T01:00:00-05:00 | 2025-03-09T01:30:00-05:00"
                                + " | 2025-03-09T03:00:00-04:00 | 2025-03-09T03:30:00-04:00"),
                arguments("New York fall-back by hours", "2025-11-02T00:00", "2025-11-02T03:00", "hours=1",
                        "America/New_York", "2025-11-02T00:00:00-04:00 | 2025-11-02T01:00:00-04:00"
                                + " | 2025-11-02T01:00:00-05:00 | 2025-11-02T02:00:00-05:00 | 2025-11-02T03:00:00-05:00"),
                arguments("New York fall-back by days", "2025-11-01T00:00", "2025-11-03T00:00", "days=1",
                        "America/New_York", "2025-11-01T00:00:00-04:00 | 2025-11-02T00:00:00-04:00"
                                + " | 2025-11-03T00:00:00-05:00"),
                arguments("New York spring-forward by days", "2025-03-08T00:00", "2025-03-10T00:00", "days=1",
                        "America/New_York", "2025-03-08T00:00:00-05:00 | 2025-03-09T00:00:00-05:00"
                                + " | 2025-03-10T00:00:00-04:00"),
                arguments("Sao Paulo 2018: midnight skipped, the day starts at 01:00", "2018-11-03T00:00",
                        "2018-11-06T00:00", "days=1", "America/Sao_Paulo", "2018-11-03T00:00:00-03:00"
                                + " | 2018-11-04T01:00:00-02:00 | 2018-11-05T00:00:00-02:00 | 2018-11-06T00:00:00-02:00"),
                arguments("Lord Howe half-hour gap by hours: the skipped 02:00 maps to 02:30", "2025-10-05T01:00",
                        "2025-10-05T04:00", "hours=1", "Australia/Lord_Howe", "2025-10-05T01:00:00+10:30"
                                + " | 2025-10-05T02:30:00+11:00 | 2025-10-05T03:00:00+11:00 | 2025-10-05T04:00:00+11:00"),
                arguments("UTC instants chunked on Berlin days", "2025-03-29T23:00Z", "2025-04-01T00:00Z", "days=1",
                        "Europe/Berlin", "2025-03-29T23:00:00Z | 2025-03-31T00:00:00+02:00"
                                + " | 2025-04-01T00:00:00+02:00 | 2025-04-01T00:00:00Z"),
                arguments("region in brackets is the calendar when no zone is set",
                        "2025-03-29T00:00+01:00[Europe/Berlin]", "2025-04-01T00:00+02:00[Europe/Berlin]", "days=1",
                        null, "2025-03-29T00:00:00+01:00 | 2025-03-30T00:00:00+01:00 | 2025-03-31T00:00:00+02:00"
                                + " | 2025-04-01T00:00:00+02:00"),
                arguments("dates stay dates in a zone", "2025-03-29", "2025-04-01", "days=1", "Europe/Berlin",
                        "2025-03-29 | 2025-03-30 | 2025-03-31 | 2025-04-01"),
                arguments("dates by hours in a zone become offset date-times", "2025-03-30", "2025-03-30T04:00",
                        "hours=2", "Europe/Berlin", "2025-03-30T00:00:00+01:00 | 2025-03-30T03:00:00+02:00"
                                + " | 2025-03-30T04:00:00+02:00"),
                arguments("single shot in a zone", "2025-10-26T00:00", "2025-10-27T00:00", null, "Europe/Berlin",
                        "2025-10-26T00:00:00+02:00 | 2025-10-27T00:00:00+01:00"),
                arguments("a start in the DST gap moves forward by the gap", "2025-03-30T02:30", "2025-03-30T04:00",
                        "hours=1", "Europe/Berlin", "2025-03-30T03:30:00+02:00 | 2025-03-30T04:00:00+02:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void plan_inZone_followsTheLocalCalendar(String label, String start, String end, String step, String zone,
            String expected) {
        assertEquals(list(expected), boundaries(plan(start, end, step, zone)), label);
    }

    static Stream<Arguments> dstDays() {
        return Stream.of(
                arguments("Europe/Berlin", LocalDate.of(2025, 3, 30), 23, 23),
                arguments("Europe/Berlin", LocalDate.of(2025, 10, 26), 25, 25),
                arguments("America/New_York", LocalDate.of(2025, 3, 9), 23, 23),
                arguments("America/New_York", LocalDate.of(2025, 11, 2), 25, 25),
                arguments("Europe/Berlin", LocalDate.of(2025, 6, 1), 24, 24));
    }

    @ParameterizedTest(name = "{0} {1}: {2} hours")
    @MethodSource("dstDays")
    void plan_dstDayByHours_givesOneHourChunksOnly(String zone, LocalDate day, int hours, int chunks) {
        ChunkPlan<?> byDay = plan(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), "days=1", zone);
        ChunkPlan<?> byHour = plan(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), "hours=1", zone);

        Chunk<?> whole = byDay.chunks().get(0);
        assertEquals(Duration.ofHours(hours), Duration.between((OffsetDateTime) whole.start(),
                (OffsetDateTime) whole.end()));
        assertEquals(chunks, byHour.size());
        for (Chunk<?> c : byHour.chunks()) {
            assertEquals(Duration.ofHours(1), Duration.between((OffsetDateTime) c.start(), (OffsetDateTime) c.end()),
                    c.toString());
        }
    }

    @Test
    void plan_zonedDateTimeInput_comesBackAsOffsetDateTimes() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ChunkPlan<?> plan = ChunkPlanner.create().plan(ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, berlin),
                ZonedDateTime.of(2025, 1, 3, 0, 0, 0, 0, berlin), ChunkSteps.parse("days=1", null), null);

        assertEquals(2, plan.size());
        assertTrue(plan.chunks().stream().allMatch(c -> c.start() instanceof OffsetDateTime));
    }
}
