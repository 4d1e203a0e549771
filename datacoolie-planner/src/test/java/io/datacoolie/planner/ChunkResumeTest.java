package io.datacoolie.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.chunk.Chunk;
import io.datacoolie.api.chunk.ChunkPlan;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Resume arithmetic (fixes W2): a chunk is done only when its end is at or below the stored value. */
class ChunkResumeTest {
    private static final ChunkResume RESUME = new ChunkResume("orders");

    static Stream<Arguments> rows() {
        return Stream.of(
                // plan by months over [2025-01-01, 2025-04-01): ends Feb 1, Mar 1, Apr 1
                arguments("nothing stored", null, null, "0 1 2"),
                arguments("stored before the range", LocalDate.of(2024, 12, 1), null, "0 1 2"),
                arguments("stored at the start", "2025-01-01", null, "0 1 2"),
                arguments("stored inside the first chunk: it runs again in full", "2025-01-15", null, "0 1 2"),
                arguments("stored at the first chunk's end", "2025-02-01", null, "1 2"),
                arguments("stored inside the second chunk", LocalDate.of(2025, 2, 15), null, "1 2"),
                arguments("stored at the end: all done", "2025-04-01", null, ""),
                arguments("stored after the range", "2026-01-01", null, ""),
                arguments("a date-time at midnight compares as the date", LocalDateTime.of(2025, 3, 1, 0, 0), null,
                        "2"),
                arguments("a date-time just before midnight", "2025-02-28T23:59:59.999", null, "1 2"),
                arguments("an offset value with a zone", "2025-03-01T00:00+01:00", "Europe/Berlin", "2"),
                arguments("an offset value one hour early with a zone", "2025-03-01T00:00Z", "Europe/Berlin", "2"),
                arguments("an offset value one hour late with a zone", "2025-02-28T22:59Z", "Europe/Berlin", "1 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void remaining_keepsChunksEndingAboveTheStoredValue(String label, Object stored, String zone, String expected) {
        ChunkPlan<?> plan = Plans.plan("2025-01-01", "2025-04-01", "months=1", null);

        assertEquals(expected, indexes(plan, stored, zone == null ? null : ZoneId.of(zone)), label);
    }

    private static <T extends Comparable<? super T>> String indexes(ChunkPlan<T> plan, Object stored, ZoneId zone) {
        return RESUME.remaining(plan, stored, zone).stream().map(c -> String.valueOf(c.index()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void remaining_integers() {
        ChunkPlan<?> plan = Plans.plan(0L, 100L, "step=25", null);

        assertEquals("2 3", indexes(plan, 50L, null));
        assertEquals("1 2 3", indexes(plan, "49", null));
        assertEquals("", indexes(plan, 100, null));
    }

    @Test
    void isDone_isTheSameRuleForOneChunk() {
        @SuppressWarnings("unchecked")
        ChunkPlan<LocalDate> plan = (ChunkPlan<LocalDate>) Plans.plan("2025-01-01", "2025-04-01", "months=1", null);
        Chunk<LocalDate> february = plan.chunks().get(1);

        assertTrue(RESUME.isDone(february, "2025-03-01", null));
        assertFalse(RESUME.isDone(february, "2025-02-28", null));
        assertFalse(RESUME.isDone(february, null, null));
    }

    static Stream<Arguments> mismatches() {
        return Stream.of(
                arguments("integer stored, date chunks", 20250101L, List.of("2025-01-01", "2025-04-01", "months=1"),
                        "Dataflow 'orders': the stored watermark '20250101' is an integer but the chunks are dates, so"
                                + " finished chunks cannot be told apart. Check that the chunk column is the watermark"
                                + " column, or clear the stored watermark to replay every chunk."),
                arguments("date stored, integer chunks", "2025-01-01", List.of("0", "100", "step=10"),
                        "Dataflow 'orders': the stored watermark '2025-01-01' is a date but the chunks are integers, so"
                                + " finished chunks cannot be told apart. Check that the chunk column is the watermark"
                                + " column, or clear the stored watermark to replay every chunk."),
                arguments("offset stored, naive chunks, no zone (W2c)", "2025-02-01T00:00Z",
                        List.of("2025-01-01", "2025-04-01", "months=1"),
                        "Dataflow 'orders': the stored watermark '2025-02-01T00:00:00Z' is a date-time with offset but"
                                + " the chunks are dates, so finished chunks cannot be told apart. Set the replay zone"
                                + " so values without offset can be compared."),
                arguments("unparsable stored text", "yesterday", List.of("2025-01-01", "2025-04-01", "months=1"),
                        "Dataflow 'orders': stored watermark 'yesterday' is not a date, a date-time or an integer. Use"
                                + " ISO-8601, e.g. '2025-01-01', '2025-01-01T06:00:00' or '2025-01-01T00:00:00+02:00',"
                                + " or an integer such as '100000'."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mismatches")
    void remaining_storedValueOfAnotherKind_isAClearError(String label, Object stored, List<String> range,
            String message) {
        ChunkPlan<?> plan = Plans.plan(range.get(0), range.get(1), range.get(2), null);

        InvalidDataflowException e = assertThrows(InvalidDataflowException.class,
                () -> indexes(plan, stored, null));
        assertEquals(message, e.getMessage(), label);
    }
}
