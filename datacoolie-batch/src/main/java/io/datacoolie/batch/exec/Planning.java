package io.datacoolie.batch.exec;

import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.ReplayConfig;
import io.datacoolie.api.chunk.ChunkStep;
import io.datacoolie.api.chunk.ChunkUnit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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
     */
    public static List<String[]> plan(String dataflow, ReplayConfig replay) {
        Object s = parseBound(replay.start().toString());
        Object e = parseBound(replay.end().toString());
        if (s instanceof LocalDate && !(e instanceof LocalDate)) {
            s = ((LocalDate) s).atStartOfDay();
        }
        if (e instanceof LocalDate && !(s instanceof LocalDate)) {
            e = ((LocalDate) e).atStartOfDay();
        }
        if (s.getClass() != e.getClass()) {
            throw new InvalidDataflowException("Dataflow '" + dataflow + "': start '" + s + "' and end '" + e
                    + "' are of different kinds. Give both bounds the same kind.");
        }
        if (Values.compare(s, e) >= 0) {
            throw new InvalidDataflowException("Dataflow '" + dataflow + "': replay range [" + s + ", " + e
                    + ") is empty or reversed: start '" + s + "' must be before end '" + e + "'.");
        }
        List<String[]> out = new ArrayList<>();
        ChunkStep step = replay.chunkInterval();
        Object cur = s;
        while (Values.compare(cur, e) < 0) {
            Object next = step == null ? e : next(cur, step, dataflow);
            if (Values.compare(next, e) > 0) {
                next = e;
            }
            out.add(new String[] {format(cur), format(next)});
            cur = next;
        }
        return out;
    }

    private static Object next(Object cur, ChunkStep step, String dataflow) {
        if (cur instanceof Long) {
            if (!(step instanceof ChunkStep.IntegerStep)) {
                throw new InvalidDataflowException("Dataflow '" + dataflow + "': chunk_interval." + step.key()
                        + " applies to dates and times, but the range is an integer range. Use {\"step\": N}.");
            }
            long n = step.size();
            return Math.floorDiv((Long) cur, n) * n + n;
        }
        if (!(step instanceof ChunkStep.CalendarStep)) {
            throw new InvalidDataflowException("Dataflow '" + dataflow + "': chunk_interval.step applies to integer"
                    + " ranges, but the range is a time range. Use years, months, weeks, days, hours or minutes.");
        }
        ChunkUnit u = ((ChunkStep.CalendarStep) step).unit();
        int n = ((ChunkStep.CalendarStep) step).amount();
        LocalDateTime t = cur instanceof LocalDate ? ((LocalDate) cur).atStartOfDay()
                : cur instanceof OffsetDateTime ? ((OffsetDateTime) cur).toLocalDateTime() : (LocalDateTime) cur;
        LocalDateTime nx;
        switch (u) {
            case YEARS: nx = LocalDate.of(t.getYear() - Math.floorMod(t.getYear() - 1, n) + n, 1, 1).atStartOfDay(); break;
            case MONTHS: {
                int m0 = t.getMonthValue() - 1;
                nx = LocalDate.of(t.getYear(), 1, 1).plusMonths(m0 - Math.floorMod(m0, n) + n).atStartOfDay();
                break;
            }
            case WEEKS: nx = t.toLocalDate().minusDays(t.getDayOfWeek().getValue() - 1).plusWeeks(n).atStartOfDay(); break;
            case DAYS: nx = t.toLocalDate().plusDays(n).atStartOfDay(); break;
            case HOURS: nx = t.toLocalDate().atStartOfDay().plusHours(t.getHour() - t.getHour() % n + n); break;
            default: nx = t.withSecond(0).withNano(0).withMinute(t.getMinute() - t.getMinute() % n).plusMinutes(n);
        }
        if (cur instanceof LocalDate) {
            return nx.toLocalDate();
        }
        return cur instanceof OffsetDateTime ? nx.atOffset(((OffsetDateTime) cur).getOffset()) : nx;
    }

    /**
     * @param text an integer, a date, a local date-time or an offset date-time
     * @return Long, LocalDate, LocalDateTime or OffsetDateTime
     */
    public static Object parseBound(String text) {
        String t = text.trim();
        if (t.matches("-?\\d+")) {
            return Long.parseLong(t);
        }
        if (t.length() == 10) {
            return LocalDate.parse(t);
        }
        if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return OffsetDateTime.parse(t);
        }
        return LocalDateTime.parse(t.replace(' ', 'T'));
    }

    /**
     * @param bound a bound
     * @return its text: ISO-8601 with seconds, or the integer
     */
    public static String format(Object bound) {
        if (bound instanceof LocalDateTime) {
            LocalDateTime t = (LocalDateTime) bound;
            return t.getSecond() == 0 && t.getNano() == 0 ? t + ":00" : t.toString();
        }
        return bound.toString();
    }
}
