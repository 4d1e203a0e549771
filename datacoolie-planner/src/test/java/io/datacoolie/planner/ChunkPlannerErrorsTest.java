package io.datacoolie.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.ReplayConfig;
import io.datacoolie.api.chunk.ChunkStep;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One clear error per kind of bad range, naming the dataflow, the value and the fix. */
class ChunkPlannerErrorsTest {
    private static final ChunkStep MONTHS = new ChunkStep.CalendarStep(io.datacoolie.api.chunk.ChunkUnit.MONTHS, 1);
    private static final ChunkStep STEP = new ChunkStep.IntegerStep(10);

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments("unparsable start", "2025-13-01", "2025-04-01", MONTHS, null,
                        "Dataflow 'orders': start '2025-13-01' is not a date, a date-time or an integer. Use ISO-8601,"
                                + " e.g. '2025-01-01', '2025-01-01T06:00:00' or '2025-01-01T00:00:00+02:00', or an"
                                + " integer such as '100000'."),
                arguments("integer text out of range", "0", "99999999999999999999", STEP, null,
                        "Dataflow 'orders': end '99999999999999999999' is outside the 64-bit integer range. Use a value"
                                + " between -9223372036854775808 and 9223372036854775807."),
                arguments("floating-point bound", 1.5, 10L, STEP, null,
                        "Dataflow 'orders': start '1.5' has unsupported type Double. Use a date, a date-time (with or"
                                + " without offset), an integer, or their ISO-8601 text."),
                arguments("BigDecimal bound", 0L, new BigDecimal("10"), STEP, null,
                        "Dataflow 'orders': end '10' has unsupported type BigDecimal. Use a date, a date-time (with or"
                                + " without offset), an integer, or their ISO-8601 text."),
                arguments("boolean bound", true, 10L, STEP, null,
                        "Dataflow 'orders': start 'true' has unsupported type Boolean. Use a date, a date-time (with or"
                                + " without offset), an integer, or their ISO-8601 text."),
                arguments("empty range", "2025-01-01", "2025-01-01", MONTHS, null,
                        "Dataflow 'orders': replay range [2025-01-01, 2025-01-01) is empty: start '2025-01-01' must be"
                                + " before end '2025-01-01'. The end is exclusive; set it after the start."),
                arguments("reversed range", "2025-04-01", "2025-01-01", MONTHS, null,
                        "Dataflow 'orders': replay range [2025-04-01, 2025-01-01) is reversed: start '2025-04-01' must"
                                + " be before end '2025-01-01'. The end is exclusive; set it after the start."),
                arguments("reversed single shot (W22)", "2025-04-01T00:00", "2025-01-01T00:00", null, null,
                        "Dataflow 'orders': replay range [2025-04-01T00:00:00, 2025-01-01T00:00:00) is reversed: start"
                                + " '2025-04-01T00:00:00' must be before end '2025-01-01T00:00:00'. The end is"
                                + " exclusive; set it after the start."),
                arguments("reversed integers", 10L, -10L, STEP, null,
                        "Dataflow 'orders': replay range [10, -10) is reversed: start '10' must be before end '-10'."
                                + " The end is exclusive; set it after the start."),
                arguments("reversed by instant though not by wall clock", "2025-01-01T10:00-05:00",
                        "2025-01-01T12:00Z", null, null,
                        "Dataflow 'orders': replay range [2025-01-01T10:00:00-05:00, 2025-01-01T12:00:00Z) is reversed:"
                                + " start '2025-01-01T10:00:00-05:00' must be before end '2025-01-01T12:00:00Z'. The"
                                + " end is exclusive; set it after the start."),
                arguments("offset start, naive end", "2025-01-01T00:00Z", "2025-02-01T00:00", MONTHS, null,
                        "Dataflow 'orders': start '2025-01-01T00:00:00Z' is a date-time with offset but end"
                                + " '2025-02-01T00:00:00' is a date-time without offset. Give both bounds an offset, or"
                                + " neither (and set a zone for the calendar)."),
                arguments("date start, offset end", "2025-01-01", "2025-02-01T00:00+01:00", MONTHS, null,
                        "Dataflow 'orders': start '2025-01-01' is a date but end '2025-02-01T00:00:00+01:00' is a"
                                + " date-time with offset. Give both bounds an offset, or neither (and set a zone for"
                                + " the calendar)."),
                arguments("date and integer", "2025-01-01", 100L, STEP, null,
                        "Dataflow 'orders': start '2025-01-01' is a date but end '100' is an integer. Give both bounds"
                                + " the same kind."),
                arguments("integer range with a time unit", 0L, 100L, MONTHS, null,
                        "Dataflow 'orders': chunk_interval.months applies to dates and times, but [0, 100) is an integer"
                                + " range. Use {\"step\": N}."),
                arguments("time range with step", "2025-01-01", "2025-04-01", STEP, null,
                        "Dataflow 'orders': chunk_interval.step applies to integer ranges, but [2025-01-01, 2025-04-01)"
                                + " is a time range. Use years, months, weeks, days, hours or minutes."),
                arguments("zone with integers", 0L, 100L, STEP, ZoneId.of("UTC"),
                        "Dataflow 'orders': zone 'UTC' applies to date-times, but [0, 100) is an integer range. Remove"
                                + " the zone."),
                arguments("start in a DST gap after the end", "2025-03-30T02:30", "2025-03-30T03:10", null,
                        ZoneId.of("Europe/Berlin"),
                        "Dataflow 'orders': in zone 'Europe/Berlin', replay range [2025-03-30T02:30:00,"
                                + " 2025-03-30T03:10:00) is empty: DST skips wall-clock times, so start"
                                + " '2025-03-30T02:30:00' means '2025-03-30T03:30:00+02:00', which is not before end"
                                + " '2025-03-30T03:10:00+02:00'. Move the start out of the DST gap or the end later."),
                arguments("too many chunks", Long.MIN_VALUE, Long.MAX_VALUE, new ChunkStep.IntegerStep(1), null,
                        "Dataflow 'orders': the plan would have more than 9223372036854775807 chunks, more than the limit"
                                + " of 5000000. Choose a larger chunk_interval or a shorter range."),
                arguments("too many minute chunks", "2000-01-01", "2030-01-01",
                        new ChunkStep.CalendarStep(io.datacoolie.api.chunk.ChunkUnit.MINUTES, 1), null,
                        "Dataflow 'orders': the plan would have at least 15779521 chunks, more than the limit of 5000000."
                                + " Choose a larger chunk_interval or a shorter range."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void plan_badInput_failsWithOneClearMessage(String label, Object start, Object end, ChunkStep step, ZoneId zone,
            String message) {
        InvalidDataflowException e = assertThrows(InvalidDataflowException.class,
                () -> ChunkPlanner.forDataflow("orders").plan(start, end, step, zone));

        assertEquals(message, e.getMessage(), label);
    }

    @Test
    void plan_withoutDataflow_startsTheSentenceItself() {
        InvalidDataflowException e = assertThrows(InvalidDataflowException.class,
                () -> ChunkPlanner.create().plan("2025-04-01", "2025-01-01", null, null));

        assertEquals("Replay range [2025-04-01, 2025-01-01) is reversed: start '2025-04-01' must be before end"
                + " '2025-01-01'. The end is exclusive; set it after the start.", e.getMessage());
    }

    @Test
    void plan_chunkCountOverAConfiguredLimit_fails() {
        InvalidDataflowException e = assertThrows(InvalidDataflowException.class,
                () -> ChunkPlanner.create().withMaxChunks(3).plan(0L, 100L, new ChunkStep.IntegerStep(10), null));

        assertEquals("The plan would have at least 10 chunks, more than the limit of 3. Choose a larger"
                + " chunk_interval or a shorter range.", e.getMessage());
    }

    @Test
    void plan_replayConfig_isPlannedLikeItsParts() {
        ReplayConfig replay = ReplayConfig.builder("2025-01-01", "2025-04-01").chunkInterval(MONTHS).build();

        assertEquals(3, ChunkPlanner.forDataflow("orders").plan(replay).size());
    }
}
