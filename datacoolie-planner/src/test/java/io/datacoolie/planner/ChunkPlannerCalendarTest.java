package io.datacoolie.planner;

import static io.datacoolie.planner.Plans.boundaries;
import static io.datacoolie.planner.Plans.list;
import static io.datacoolie.planner.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.datacoolie.api.chunk.ChunkPlan;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Calendar alignment without a zone: every unit with n=1 and n>1, partial ends, leap days, ISO week years. */
class ChunkPlannerCalendarTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // label, start, end, step, expected boundaries (start, interior..., end)
                arguments("seed example: months=1 over a quarter", "2025-01-01", "2025-04-01", "months=1",
                        "2025-01-01 | 2025-02-01 | 2025-03-01 | 2025-04-01"),
                arguments("years=1 with partial first and last", "2023-06-15", "2026-03-01", "years=1",
                        "2023-06-15 | 2024-01-01 | 2025-01-01 | 2026-01-01 | 2026-03-01"),
                arguments("years=5 on the grid anchored at year 1 (2021, 2026, 2031)", "2019-01-01", "2032-01-01",
                        "years=5", "2019-01-01 | 2021-01-01 | 2026-01-01 | 2031-01-01 | 2032-01-01"),
                arguments("years=1 from a leap day", "2024-02-29", "2026-02-28", "years=1",
                        "2024-02-29 | 2025-01-01 | 2026-01-01 | 2026-02-28"),
                arguments("months=3 gives calendar quarters", "2024-11-15", "2025-08-01", "months=3",
                        "2024-11-15 | 2025-01-01 | 2025-04-01 | 2025-07-01 | 2025-08-01"),
                arguments("months=5 restarts every January", "2024-12-01", "2026-02-01", "months=5",
                        "2024-12-01 | 2025-01-01 | 2025-06-01 | 2025-11-01 | 2026-01-01 | 2026-02-01"),
                arguments("months=1 across a leap February", "2024-01-31", "2024-03-31", "months=1",
                        "2024-01-31 | 2024-02-01 | 2024-03-01 | 2024-03-31"),
                arguments("months=1 across a year boundary", "2024-11-20", "2025-02-10", "months=1",
                        "2024-11-20 | 2024-12-01 | 2025-01-01 | 2025-02-01 | 2025-02-10"),
                arguments("months=1 inside one month", "2025-01-10", "2025-01-20", "months=1",
                        "2025-01-10 | 2025-01-20"),
                arguments("weeks=1 on ISO Mondays from a Wednesday", "2025-01-01", "2025-01-20", "weeks=1",
                        "2025-01-01 | 2025-01-06 | 2025-01-13 | 2025-01-20"),
                arguments("weeks=1 through ISO week 2020-W53", "2020-12-20", "2021-01-12", "weeks=1",
                        "2020-12-20 | 2020-12-21 | 2020-12-28 | 2021-01-04 | 2021-01-11 | 2021-01-12"),
                arguments("weeks=1 through ISO week 2026-W53", "2026-12-27", "2027-01-05", "weeks=1",
                        "2026-12-27 | 2026-12-28 | 2027-01-04 | 2027-01-05"),
                arguments("weeks=2 on the absolute fortnight grid (2021-01-11 is on it)", "2020-12-30", "2021-01-30",
                        "weeks=2", "2020-12-30 | 2021-01-11 | 2021-01-25 | 2021-01-30"),
                arguments("weeks=1 inside one week", "2025-01-07", "2025-01-09", "weeks=1", "2025-01-07 | 2025-01-09"),
                arguments("days=1 through a leap day", "2024-02-27", "2024-03-02", "days=1",
                        "2024-02-27 | 2024-02-28 | 2024-02-29 | 2024-03-01 | 2024-03-02"),
                arguments("days=1 across a year boundary", "2024-12-30", "2025-01-02", "days=1",
                        "2024-12-30 | 2024-12-31 | 2025-01-01 | 2025-01-02"),
                arguments("days=3 on the absolute grid (2025-01-01 is on it)", "2025-01-02", "2025-01-08", "days=3",
                        "2025-01-02 | 2025-01-04 | 2025-01-07 | 2025-01-08"),
                arguments("days=7 falls on Mondays like weeks", "2025-01-01", "2025-01-15", "days=7",
                        "2025-01-01 | 2025-01-06 | 2025-01-13 | 2025-01-15"),
                arguments("hours=1 unaligned start and end across midnight", "2025-01-01T22:30", "2025-01-02T01:15",
                        "hours=1", "2025-01-01T22:30:00 | 2025-01-01T23:00:00 | 2025-01-02T00:00:00"
                                + " | 2025-01-02T01:00:00 | 2025-01-02T01:15:00"),
                arguments("hours=6 at 00, 06, 12, 18", "2025-01-01T05:00", "2025-01-02T07:00", "hours=6",
                        "2025-01-01T05:00:00 | 2025-01-01T06:00:00 | 2025-01-01T12:00:00 | 2025-01-01T18:00:00"
                                + " | 2025-01-02T00:00:00 | 2025-01-02T06:00:00 | 2025-01-02T07:00:00"),
                arguments("hours=5 restarts every midnight", "2025-01-01T18:00", "2025-01-02T06:00", "hours=5",
                        "2025-01-01T18:00:00 | 2025-01-01T20:00:00 | 2025-01-02T00:00:00 | 2025-01-02T05:00:00"
                                + " | 2025-01-02T06:00:00"),
                arguments("hours=1 inside one hour", "2025-01-01T10:10", "2025-01-01T10:50", "hours=1",
                        "2025-01-01T10:10:00 | 2025-01-01T10:50:00"),
                arguments("hours=24 is days", "2024-02-28T12:00", "2024-03-01T12:00", "hours=24",
                        "2024-02-28T12:00:00 | 2024-02-29T00:00:00 | 2024-03-01T00:00:00 | 2024-03-01T12:00:00"),
                arguments("minutes=1 with seconds and a fraction", "2025-01-01T10:00:30.25", "2025-01-01T10:03",
                        "minutes=1", "2025-01-01T10:00:30.25 | 2025-01-01T10:01:00 | 2025-01-01T10:02:00"
                                + " | 2025-01-01T10:03:00"),
                arguments("minutes=15 across new year", "2024-12-31T23:40", "2025-01-01T00:20", "minutes=15",
                        "2024-12-31T23:40:00 | 2024-12-31T23:45:00 | 2025-01-01T00:00:00 | 2025-01-01T00:15:00"
                                + " | 2025-01-01T00:20:00"),
                arguments("minutes=7 restarts every hour", "2025-01-01T10:50", "2025-01-01T11:10", "minutes=7",
                        "2025-01-01T10:50:00 | 2025-01-01T10:56:00 | 2025-01-01T11:00:00 | 2025-01-01T11:07:00"
                                + " | 2025-01-01T11:10:00"),
                arguments("minutes=60 is hours", "2025-01-01T10:30", "2025-01-01T12:00", "minutes=60",
                        "2025-01-01T10:30:00 | 2025-01-01T11:00:00 | 2025-01-01T12:00:00"),
                arguments("date start, date-time end: promoted, not truncated (W9)", "2025-01-01", "2025-01-03T12:00",
                        "days=1", "2025-01-01T00:00:00 | 2025-01-02T00:00:00 | 2025-01-03T00:00:00"
                                + " | 2025-01-03T12:00:00"),
                arguments("date-time start, date end: promoted", "2025-01-01T12:00", "2025-01-03", "days=1",
                        "2025-01-01T12:00:00 | 2025-01-02T00:00:00 | 2025-01-03T00:00:00"),
                arguments("two dates by hours become date-times", "2025-01-01", "2025-01-02", "hours=8",
                        "2025-01-01T00:00:00 | 2025-01-01T08:00:00 | 2025-01-01T16:00:00 | 2025-01-02T00:00:00"),
                arguments("single shot keeps dates", "2025-01-01", "2025-04-01", null, "2025-01-01 | 2025-04-01"),
                arguments("single shot keeps date-times", "2025-01-01T06:00", "2025-01-01T07:00", null,
                        "2025-01-01T06:00:00 | 2025-01-01T07:00:00"),
                arguments("offset bounds without zone use the start's offset", "2025-01-01T00:00+02:00",
                        "2025-01-03T12:00+02:00", "days=1", "2025-01-01T00:00:00+02:00 | 2025-01-02T00:00:00+02:00"
                                + " | 2025-01-03T00:00:00+02:00 | 2025-01-03T12:00:00+02:00"),
                arguments("UTC bounds by hours", "2025-01-01T00:30Z", "2025-01-01T02:00Z", "hours=1",
                        "2025-01-01T00:30:00Z | 2025-01-01T01:00:00Z | 2025-01-01T02:00:00Z"),
                arguments("space instead of T is accepted", "2025-01-01 06:00:00", "2025-01-01 08:00:00", "hours=1",
                        "2025-01-01T06:00:00 | 2025-01-01T07:00:00 | 2025-01-01T08:00:00"),
                arguments("years before year 1 use floor-mod", "-0004-06-01", "0002-01-01", "years=2",
                        "-0004-06-01 | -0003-01-01 | -0001-01-01 | 0001-01-01 | 0002-01-01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void plan_alignsToTheCalendarGrid(String label, String start, String end, String step, String expected) {
        ChunkPlan<?> plan = plan(start, end, step, null);

        assertEquals(list(expected), boundaries(plan), label);
    }
}
