package io.datacoolie.batch.cli;

import io.datacoolie.api.chunk.Chunk;
import io.datacoolie.api.chunk.ChunkPlan;
import io.datacoolie.planner.ChunkBounds;
import io.datacoolie.planner.ChunkSteps;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Prints a plan for people: a summary line, then index, interval {@code [start, end)} and length per chunk. */
public final class PlanTable {
    private PlanTable() {
    }

    /**
     * @param out where to write
     * @param plan the plan
     * @param zone the zone the plan was made in, or null
     */
    public static void write(PrintWriter out, ChunkPlan<?> plan, ZoneId zone) {
        List<? extends Chunk<?>> chunks = plan.chunks();
        Chunk<?> first = chunks.get(0);
        Chunk<?> last = chunks.get(chunks.size() - 1);
        out.println(chunks.size() + (chunks.size() == 1 ? " chunk" : " chunks")
                + (plan.step() == null ? " (single shot)" : " by " + ChunkSteps.format(plan.step()))
                + " over [" + ChunkBounds.format(first.start()) + ", " + ChunkBounds.format(last.end()) + ")"
                + (zone == null ? "" : " in " + zone));
        int indexWidth = Math.max(5, String.valueOf(chunks.size() - 1).length());
        int intervalWidth = Math.max(interval(first).length(), interval(last).length());
        for (int i = 0; i < Math.min(chunks.size(), 1000); i++) {
            intervalWidth = Math.max(intervalWidth, interval(chunks.get(i)).length());
        }
        out.println(pad("index", indexWidth, true) + "  " + pad("chunk", intervalWidth, false) + "  length");
        for (Chunk<?> c : chunks) {
            out.println(pad(String.valueOf(c.index()), indexWidth, true) + "  " + pad(interval(c), intervalWidth, false)
                    + "  " + length(c.start(), c.end()));
        }
    }

    private static String interval(Chunk<?> c) {
        return "[" + ChunkBounds.format(c.start()) + ", " + ChunkBounds.format(c.end()) + ")";
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) {
            return s;
        }
        String spaces = " ".repeat(width - s.length());
        return right ? spaces + s : s + spaces;
    }

    /** The chunk's length: days for dates, elapsed time for date-times (so a DST day shows 23h), a count for integers. */
    static String length(Object start, Object end) {
        if (start instanceof Long) {
            return String.valueOf((Long) end - (Long) start);
        }
        if (start instanceof LocalDate) {
            long days = ChronoUnit.DAYS.between((LocalDate) start, (LocalDate) end);
            return days + (days == 1 ? " day" : " days");
        }
        Duration d = start instanceof OffsetDateTime
                ? Duration.between((OffsetDateTime) start, (OffsetDateTime) end)
                : Duration.between((LocalDateTime) start, (LocalDateTime) end);
        return duration(d);
    }

    private static String duration(Duration d) {
        StringBuilder s = new StringBuilder();
        append(s, d.toDaysPart(), "d");
        append(s, d.toHoursPart(), "h");
        append(s, d.toMinutesPart(), "m");
        if (d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
            s.append(s.length() == 0 ? "" : " ").append(d.toNanosPart() == 0 ? String.valueOf(d.toSecondsPart())
                    : java.math.BigDecimal.valueOf(d.toSecondsPart() * 1_000_000_000L + d.toNanosPart(), 9)
                            .stripTrailingZeros().toPlainString()).append('s');
        }
        return s.toString();
    }

    private static void append(StringBuilder s, long value, String unit) {
        if (value != 0) {
            s.append(s.length() == 0 ? "" : " ").append(value).append(unit);
        }
    }
}
