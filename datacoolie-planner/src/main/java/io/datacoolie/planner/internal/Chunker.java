package io.datacoolie.planner.internal;

import io.datacoolie.api.chunk.Chunk;
import io.datacoolie.api.chunk.ChunkList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Cuts a checked range into chunks: the start, the grid boundaries strictly inside the range, the end. The first and
 * last chunk keep the caller's exact bound objects; the chunks are kept as their boundaries ({@link ChunkList}).
 */
public final class Chunker {
    private final String dataflow;
    private final int maxChunks;

    /**
     * @param dataflow the dataflow name for messages, or null
     * @param maxChunks the most chunks a plan may have
     */
    public Chunker(String dataflow, int maxChunks) {
        this.dataflow = dataflow;
        this.maxChunks = maxChunks;
    }

    /**
     * @param start inclusive start, before end
     * @param end exclusive end
     * @param grid the calendar grid
     * @return the chunks
     */
    public List<Chunk<LocalDateTime>> localDateTimes(LocalDateTime start, LocalDateTime end, CalendarGrid grid) {
        Builder<LocalDateTime> b = new Builder<>(start, estimate(start, end, grid));
        for (LocalDateTime g = grid.nextAfter(start); g != null && g.isBefore(end); g = grid.next(g)) {
            b.boundary(g);
        }
        return b.end(end);
    }

    /**
     * @param start inclusive start, before end
     * @param end exclusive end
     * @param grid a grid of days or longer units
     * @return the chunks
     */
    public List<Chunk<LocalDate>> dates(LocalDate start, LocalDate end, CalendarGrid grid) {
        LocalDateTime ls = start.atStartOfDay();
        LocalDateTime le = end.atStartOfDay();
        Builder<LocalDate> b = new Builder<>(start, estimate(ls, le, grid));
        for (LocalDateTime g = grid.nextAfter(ls); g != null && g.isBefore(le); g = grid.next(g)) {
            b.boundary(g.toLocalDate());
        }
        return b.end(end);
    }

    /**
     * @param start inclusive start, before end
     * @param end exclusive end
     * @param grid the calendar grid, read on the wall clock of {@code zone}
     * @param zone the calendar zone
     * @return the chunks
     */
    public List<Chunk<OffsetDateTime>> offsetDateTimes(OffsetDateTime start, OffsetDateTime end, CalendarGrid grid,
            ZoneId zone) {
        Builder<OffsetDateTime> b = new Builder<>(start, estimate(start.toLocalDateTime(), end.toLocalDateTime(), grid));
        ZonedCursor cursor = new ZonedCursor(grid, zone.getRules(), start.toInstant());
        for (OffsetDateTime g = cursor.next(); g != null && g.isBefore(end); g = cursor.next()) {
            b.boundary(g);
        }
        return b.end(end);
    }

    /**
     * @param start inclusive start, below end
     * @param end exclusive end
     * @param step the positive step; boundaries are its multiples
     * @return the chunks
     */
    public List<Chunk<Long>> integers(long start, long end, long step) {
        long count;
        try {
            count = Math.addExact(Math.subtractExact(Math.floorDiv(end - 1, step), Math.floorDiv(start, step)), 1);
        } catch (ArithmeticException overflow) {
            count = Long.MAX_VALUE;
        }
        checkCount(count);
        Builder<Long> b = new Builder<>(start, count);
        long r = Math.floorMod(start, step);
        long g = start + (step - r);
        boolean overflow = g < start;
        while (!overflow && g < end) {
            b.boundary(g);
            long next = g + step;
            overflow = next < g;
            g = next;
        }
        return b.end(end);
    }

    private long estimate(LocalDateTime start, LocalDateTime end, CalendarGrid grid) {
        ChronoUnit u;
        switch (grid.unit()) {
            case YEARS:
                u = ChronoUnit.YEARS;
                break;
            case MONTHS:
                u = ChronoUnit.MONTHS;
                break;
            case WEEKS:
                u = ChronoUnit.WEEKS;
                break;
            case DAYS:
                u = ChronoUnit.DAYS;
                break;
            case HOURS:
                u = ChronoUnit.HOURS;
                break;
            default:
                u = ChronoUnit.MINUTES;
        }
        // A lower bound on the count (grids that restart each hour, day or year only add chunks), so a plan within
        // the limit is never refused here; the builder enforces the exact limit.
        long estimate = u.between(start, end) / grid.amount() + 1;
        checkCount(estimate);
        return estimate;
    }

    private void checkCount(long count) {
        if (count > maxChunks) {
            throw tooMany(count == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : "at least " + count);
        }
    }

    private RuntimeException tooMany(String count) {
        return Problems.invalid(dataflow, "the plan would have " + count + " chunks, more than the limit of "
                + maxChunks + ". Choose a larger chunk_interval or a shorter range.");
    }

    /** Collects boundaries into a {@link ChunkList}, enforcing the limit as it goes. */
    private final class Builder<T extends Comparable<? super T>> {
        private final ChunkList.Builder<T> bounds;

        Builder(T start, long expected) {
            this.bounds = ChunkList.builder((int) Math.min(expected + 2, maxChunks + 1L));
            bounds.add(start);
        }

        void boundary(T b) {
            if (bounds.count() > maxChunks) {
                throw tooMany("more than " + maxChunks);
            }
            bounds.add(b);
        }

        List<Chunk<T>> end(T end) {
            boundary(end);
            return bounds.build();
        }
    }
}
