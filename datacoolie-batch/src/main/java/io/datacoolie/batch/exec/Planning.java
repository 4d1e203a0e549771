package io.datacoolie.batch.exec;

import io.datacoolie.api.ReplayConfig;
import io.datacoolie.api.chunk.Chunk;
import io.datacoolie.planner.ChunkBounds;
import io.datacoolie.planner.ChunkPlanner;
import java.util.ArrayList;
import java.util.List;

/**
 * Chunk planning and bound text for the runtime. Bounds are stored as text in the replay ledger and parsed back
 * with {@link #parseBound}, so a restart never recomputes a plan.
 */
public final class Planning {
    private Planning() {
    }

    /**
     * @param dataflow the dataflow name, for messages
     * @param replay the replay
     * @return the chunks as {@code [start, end]} text pairs
     * @throws io.datacoolie.api.InvalidDataflowException for a bad range or interval
     */
    public static List<String[]> plan(String dataflow, ReplayConfig replay) {
        List<String[]> out = new ArrayList<>();
        for (Chunk<?> c : ChunkPlanner.forDataflow(dataflow).plan(replay).chunks()) {
            out.add(new String[] {format(c.start()), format(c.end())});
        }
        return out;
    }

    /**
     * @param text an integer, a date, a local date-time or an offset date-time
     * @return Long, LocalDate, LocalDateTime or OffsetDateTime
     */
    public static Object parseBound(String text) {
        Object o = ChunkBounds.parse(text);
        return o instanceof java.time.ZonedDateTime ? ((java.time.ZonedDateTime) o).toOffsetDateTime() : o;
    }

    /**
     * @param bound a bound
     * @return its text: ISO-8601 with seconds, or the integer
     */
    public static String format(Object bound) {
        return ChunkBounds.format(bound instanceof Integer ? Long.valueOf((Integer) bound) : bound);
    }
}
