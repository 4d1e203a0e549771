package io.datacoolie.planner.internal;

import io.datacoolie.api.chunk.ChunkUnit;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Walks the boundaries of a {@link CalendarGrid} in a time zone, in instant order.
 *
 * <p>A boundary is an instant at which the zone's wall clock shows an aligned time. Where DST skips aligned times
 * (a gap), the first skipped one maps to the transition instant, as {@link java.time.ZonedDateTime#of} shifts it
 * forward: a day that starts at 01:00 starts there. Where DST repeats wall-clock times (an overlap), hours and minutes
 * take both occurrences, so the repeated hour is its own chunk and none is doubled; days and longer units take only the
 * first, so their chunks end at local midnight. Transitions are looked up once each, not per boundary.
 */
final class ZonedCursor {
    private final CalendarGrid grid;
    private final ZoneRules rules;
    private final boolean repeatOverlaps;
    private ZoneOffset offset;
    private LocalDateTime local;
    private boolean aligned;
    private ZoneOffsetTransition nextTransition;

    ZonedCursor(CalendarGrid grid, ZoneRules rules, Instant start) {
        this.grid = grid;
        this.rules = rules;
        this.repeatOverlaps = grid.unit() == ChunkUnit.HOURS || grid.unit() == ChunkUnit.MINUTES;
        this.offset = rules.getOffset(start);
        this.local = LocalDateTime.ofEpochSecond(start.getEpochSecond(), start.getNano(), offset);
        this.nextTransition = rules.nextTransition(start);
    }

    /** @return the first boundary strictly after the previous one (or after the start), null beyond the calendar */
    OffsetDateTime next() {
        LocalDateTime g = aligned ? grid.next(local) : grid.nextAfter(local);
        while (g != null) {
            ZoneOffsetTransition tr = nextTransition;
            if (tr == null || g.toEpochSecond(offset) < tr.toEpochSecond()) {
                return emit(g, true);
            }
            offset = tr.getOffsetAfter();
            nextTransition = rules.nextTransition(tr.getInstant());
            if (tr.isGap()) {
                if (g.isBefore(tr.getDateTimeAfter())) {
                    LocalDateTime after = tr.getDateTimeAfter();
                    return emit(after, grid.isAligned(after));
                }
            } else if (repeatOverlaps) {
                LocalDateTime after = tr.getDateTimeAfter();
                g = grid.isAligned(after) ? after : grid.nextAfter(after);
            }
        }
        return null;
    }

    private OffsetDateTime emit(LocalDateTime wallClock, boolean onGrid) {
        local = wallClock;
        aligned = onGrid;
        return OffsetDateTime.of(wallClock, offset);
    }
}
