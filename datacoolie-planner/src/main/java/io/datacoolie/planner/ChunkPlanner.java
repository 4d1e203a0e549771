package io.datacoolie.planner;

import io.datacoolie.api.ReplayConfig;
import io.datacoolie.api.chunk.Chunk;
import io.datacoolie.api.chunk.ChunkInterval;
import io.datacoolie.api.chunk.ChunkPlan;
import io.datacoolie.api.chunk.ChunkStep;
import io.datacoolie.api.chunk.ChunkUnit;
import io.datacoolie.planner.internal.CalendarGrid;
import io.datacoolie.planner.internal.Chunker;
import io.datacoolie.planner.internal.Problems;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Plans the chunks of a replay range {@code [start, end)} (SPEC §2). Pure: the same input always gives the same plan;
 * it reads neither the system zone nor the clock. Instances are immutable and thread-safe.
 *
 * <p><b>Bounds.</b> Dates, date-times without offset, date-times with offset (or zoned), integers, or their text
 * (see {@link ChunkBounds#parse}). Chunks come back in the kind of the input, with these rules:
 * <ul>
 *   <li>a date and a date-time without offset are both promoted to date-times (never truncated to dates); so are two
 *       dates chunked by hours or minutes;</li>
 *   <li>with a {@code zone}, bounds without offset are wall-clock times in that zone and the chunks are
 *       {@link OffsetDateTime}s carrying the zone's offset at each boundary (a {@link LocalDateTime} could not tell
 *       the two 02:30s of a fall-back night apart); date chunks stay dates, since a calendar day is the same day in
 *       every zone; a wall-clock time skipped by DST moves forward by the gap, a repeated one takes the earlier
 *       offset;</li>
 *   <li>bounds with an offset are chunked on the calendar of {@code zone}, else of the start's region (for a
 *       {@link ZonedDateTime}), else of the start's fixed offset; the first and last chunk keep the given objects;</li>
 *   <li>one bound with and one without offset, integers with a calendar unit, or date-times with {@code step} are
 *       errors.</li>
 * </ul>
 *
 * <p><b>Alignment.</b> Interior boundaries lie on an absolute grid, so the first and last chunks may be partial:
 * years on a grid anchored at year 1 ({@code years: 5} gives 2021, 2026...); months restart every January
 * ({@code months: 3} gives quarters); ISO weeks and days on a grid counted from Monday 0001-01-01 ({@code weeks: 2}
 * and {@code days: 7} always fall on the same Mondays, whatever the start); hours restart every midnight and minutes
 * every full hour (a divisor of 24 or 60 gives equal chunks, any other amount a shorter last chunk per day or hour);
 * integer steps at multiples of the step, negatives included ({@code step: 10} from -15 gives -10, 0, 10...).
 *
 * <p><b>Time zones.</b> Day, week, month and year chunks end at local midnight, so a DST day is 23 or 25 hours long.
 * Hour and minute boundaries are the instants at which the zone's wall clock shows an aligned time: a skipped hour
 * yields no chunk, a repeated hour yields its own chunk, so no chunk is empty or doubled.
 */
public final class ChunkPlanner {
    /** The default most chunks a plan may have. */
    public static final int DEFAULT_MAX_CHUNKS = 5_000_000;

    private final String dataflow;
    private final int maxChunks;

    private ChunkPlanner(String dataflow, int maxChunks) {
        this.dataflow = dataflow;
        this.maxChunks = maxChunks;
    }

    /** @return a planner whose messages name no dataflow */
    public static ChunkPlanner create() {
        return new ChunkPlanner(null, DEFAULT_MAX_CHUNKS);
    }

    /**
     * @param dataflow the dataflow name that error messages start with, or null
     * @return a planner for that dataflow
     */
    public static ChunkPlanner forDataflow(String dataflow) {
        return new ChunkPlanner(dataflow, DEFAULT_MAX_CHUNKS);
    }

    /**
     * @param max the most chunks a plan may have, positive
     * @return a copy with that limit
     */
    public ChunkPlanner withMaxChunks(int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("max must be positive, got " + max);
        }
        return new ChunkPlanner(dataflow, max);
    }

    /** @return the dataflow named in messages, or null */
    public String dataflow() {
        return dataflow;
    }

    /**
     * @param replay the replay: start, end, chunk interval and zone are used
     * @return the plan
     * @throws io.datacoolie.api.InvalidDataflowException for any bad input, with a message naming the value and the fix
     */
    public ChunkPlan<?> plan(ReplayConfig replay) {
        return plan(replay.start(), replay.end(), replay.chunkInterval(), replay.zone());
    }

    /**
     * @param start inclusive lower bound: a Java value or text, see {@link ChunkBounds#normalize}
     * @param end exclusive upper bound, after start
     * @param step the chunk step, or null for a single chunk
     * @param zone the calendar zone, or null
     * @return the plan, in the kind of the input (see the class description)
     * @throws io.datacoolie.api.InvalidDataflowException for any bad input, with a message naming the value and the fix
     */
    public ChunkPlan<?> plan(Object start, Object end, ChunkStep step, ZoneId zone) {
        Object s = ChunkBounds.normalize(start, "start", dataflow);
        Object e = ChunkBounds.normalize(end, "end", dataflow);
        try {
            if (s instanceof Long || e instanceof Long) {
                return planIntegers(s, e, step, zone);
            }
            if (step instanceof ChunkStep.IntegerStep) {
                throw Problems.invalid(dataflow, "chunk_interval.step applies to integer ranges, but "
                        + range(s, e) + " is a time range. Use years, months, weeks, days, hours or minutes.");
            }
            return planTimes(s, e, step, zone);
        } catch (DateTimeException outsideCalendar) {
            throw Problems.invalid(dataflow, range(s, e) + " reaches outside the supported calendar ("
                    + outsideCalendar.getMessage() + "). Use bounds between years -999999999 and 999999999.");
        }
    }

    private ChunkPlan<Long> planIntegers(Object s, Object e, ChunkStep step, ZoneId zone) {
        if (!(s instanceof Long) || !(e instanceof Long)) {
            throw Problems.invalid(dataflow, "start '" + ChunkBounds.format(s) + "' is " + kind(s) + " but end '"
                    + ChunkBounds.format(e) + "' is " + kind(e) + ". Give both bounds the same kind.");
        }
        if (step instanceof ChunkStep.CalendarStep) {
            throw Problems.invalid(dataflow, "chunk_interval." + step.key() + " applies to dates and times, but "
                    + range(s, e) + " is an integer range. Use {\"step\": N}.");
        }
        if (zone != null) {
            throw Problems.invalid(dataflow, "zone '" + zone + "' applies to date-times, but " + range(s, e)
                    + " is an integer range. Remove the zone.");
        }
        long a = (Long) s;
        long b = (Long) e;
        checkOrder(s, e, Long.compare(a, b));
        List<Chunk<Long>> chunks = step == null ? single(a, b)
                : new Chunker(dataflow, maxChunks).integers(a, b, step.size());
        return new ChunkPlan<>(step, chunks);
    }

    private ChunkPlan<?> planTimes(Object s, Object e, ChunkStep step, ZoneId zone) {
        boolean awareStart = isAware(s);
        if (awareStart != isAware(e)) {
            throw Problems.invalid(dataflow, "start '" + ChunkBounds.format(s) + "' is " + kind(s) + " but end '"
                    + ChunkBounds.format(e) + "' is " + kind(e) + ". Give both bounds an offset, or neither"
                    + " (and set a zone for the calendar).");
        }
        CalendarGrid grid = step == null ? null : new CalendarGrid(((ChunkStep.CalendarStep) step).unit(),
                ((ChunkStep.CalendarStep) step).amount());
        Chunker chunker = new Chunker(dataflow, maxChunks);
        if (awareStart) {
            ZoneId calendar = zone != null ? zone
                    : s instanceof ZonedDateTime ? ((ZonedDateTime) s).getZone() : ((OffsetDateTime) s).getOffset();
            return new ChunkPlan<>(step, offsets(toOffset(s), toOffset(e), grid, calendar, chunker));
        }
        if (s instanceof LocalDate && e instanceof LocalDate && (grid == null || isDateUnit(grid.unit()))) {
            LocalDate a = (LocalDate) s;
            LocalDate b = (LocalDate) e;
            checkOrder(s, e, a.compareTo(b));
            return new ChunkPlan<>(step, grid == null ? single(a, b) : chunker.dates(a, b, grid));
        }
        LocalDateTime a = toLocal(s);
        LocalDateTime b = toLocal(e);
        checkOrder(s, e, a.compareTo(b));
        if (zone != null) {
            OffsetDateTime za = a.atZone(zone).toOffsetDateTime();
            OffsetDateTime zb = b.atZone(zone).toOffsetDateTime();
            if (!za.isBefore(zb)) {
                throw Problems.invalid(dataflow, "in zone '" + zone + "', replay range " + range(s, e)
                        + " is empty: DST skips wall-clock times, so start '" + ChunkBounds.format(s) + "' means '"
                        + ChunkBounds.format(za) + "', which is not before end '" + ChunkBounds.format(zb)
                        + "'. Move the start out of the DST gap or the end later.");
            }
            return new ChunkPlan<>(step, offsets(za, zb, grid, zone, chunker));
        }
        return new ChunkPlan<>(step, grid == null ? single(a, b) : chunker.localDateTimes(a, b, grid));
    }

    private List<Chunk<OffsetDateTime>> offsets(OffsetDateTime a, OffsetDateTime b, CalendarGrid grid, ZoneId zone,
            Chunker chunker) {
        checkOrder(a, b, a.toInstant().compareTo(b.toInstant()));
        return grid == null ? single(a, b) : chunker.offsetDateTimes(a, b, grid, zone);
    }

    private static <T extends Comparable<? super T>> List<Chunk<T>> single(T a, T b) {
        return List.of(new Chunk<>(0, ChunkInterval.of(a, b)));
    }

    private void checkOrder(Object s, Object e, int comparison) {
        if (comparison >= 0) {
            String what = comparison == 0 ? "is empty" : "is reversed";
            throw Problems.invalid(dataflow, "replay range " + range(s, e) + " " + what + ": start '"
                    + ChunkBounds.format(s) + "' must be before end '" + ChunkBounds.format(e)
                    + "'. The end is exclusive; set it after the start.");
        }
    }

    private static boolean isDateUnit(ChunkUnit unit) {
        return unit != ChunkUnit.HOURS && unit != ChunkUnit.MINUTES;
    }

    private static boolean isAware(Object v) {
        return v instanceof OffsetDateTime || v instanceof ZonedDateTime;
    }

    private static OffsetDateTime toOffset(Object v) {
        return v instanceof ZonedDateTime ? ((ZonedDateTime) v).toOffsetDateTime() : (OffsetDateTime) v;
    }

    private static LocalDateTime toLocal(Object v) {
        return v instanceof LocalDate ? ((LocalDate) v).atStartOfDay() : (LocalDateTime) v;
    }

    static String kind(Object v) {
        if (v instanceof ZonedDateTime) {
            return BoundKind.OFFSET_DATE_TIME.description();
        }
        return BoundKind.of(v).description();
    }

    static String range(Object s, Object e) {
        return "[" + ChunkBounds.format(s) + ", " + ChunkBounds.format(e) + ")";
    }
}
