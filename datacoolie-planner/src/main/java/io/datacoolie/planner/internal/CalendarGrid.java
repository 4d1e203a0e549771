package io.datacoolie.planner.internal;

import io.datacoolie.api.chunk.ChunkUnit;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The aligned wall-clock times of one calendar step: years on a grid anchored at year 1, months restarting every
 * January, ISO weeks and days on a grid anchored at Monday 0001-01-01, hours restarting every midnight and minutes
 * restarting every hour.
 */
public final class CalendarGrid {
    /** 0001-01-01 is a Monday in the proleptic ISO calendar, so it anchors days and ISO weeks alike. */
    private static final long ANCHOR_EPOCH_DAY = LocalDate.of(1, 1, 1).toEpochDay();
    private static final LocalTime[] MINUTES_OF_DAY = new LocalTime[24 * 60];

    static {
        for (int i = 0; i < MINUTES_OF_DAY.length; i++) {
            MINUTES_OF_DAY[i] = LocalTime.of(i / 60, i % 60);
        }
    }

    private final ChunkUnit unit;
    private final int n;

    /**
     * @param unit the unit
     * @param n the positive number of units per chunk
     */
    public CalendarGrid(ChunkUnit unit, int n) {
        this.unit = unit;
        this.n = n;
    }

    /**
     * @param t a wall-clock time
     * @return the last aligned time at or before {@code t}
     */
    public LocalDateTime floor(LocalDateTime t) {
        switch (unit) {
            case YEARS:
                int y = t.getYear();
                return LocalDate.of(y - Math.floorMod(y - 1, n), 1, 1).atStartOfDay();
            case MONTHS:
                int m0 = t.getMonthValue() - 1;
                return LocalDate.of(t.getYear(), m0 - m0 % n + 1, 1).atStartOfDay();
            case WEEKS:
                long w = Math.floorDiv(t.toLocalDate().toEpochDay() - ANCHOR_EPOCH_DAY, 7);
                return LocalDate.ofEpochDay(ANCHOR_EPOCH_DAY + 7 * (w - Math.floorMod(w, n))).atStartOfDay();
            case DAYS:
                long d = t.toLocalDate().toEpochDay() - ANCHOR_EPOCH_DAY;
                return LocalDate.ofEpochDay(ANCHOR_EPOCH_DAY + d - Math.floorMod(d, n)).atStartOfDay();
            case HOURS:
                int h = t.getHour();
                return LocalDateTime.of(t.toLocalDate(), MINUTES_OF_DAY[(h - h % n) * 60]);
            case MINUTES:
                int m = t.getMinute();
                return LocalDateTime.of(t.toLocalDate(), MINUTES_OF_DAY[t.getHour() * 60 + m - m % n]);
            default:
                throw new IllegalStateException("unit " + unit);
        }
    }

    /**
     * @param aligned an aligned time, as returned by {@link #floor} or this method
     * @return the next aligned time, or null when it lies beyond {@link LocalDateTime#MAX}
     */
    public LocalDateTime next(LocalDateTime aligned) {
        try {
            return nextUnchecked(aligned);
        } catch (DateTimeException beyondMax) {
            return null;
        }
    }

    private LocalDateTime nextUnchecked(LocalDateTime a) {
        switch (unit) {
            case YEARS:
                return a.plusYears(n);
            case MONTHS:
                return a.getMonthValue() - 1 + n >= 12 ? LocalDate.of(a.getYear() + 1, 1, 1).atStartOfDay()
                        : a.plusMonths(n);
            case WEEKS:
                return a.plusDays(7L * n);
            case DAYS:
                return a.plusDays(n);
            case HOURS:
                int h = a.getHour() + n;
                return h >= 24 ? a.toLocalDate().plusDays(1).atStartOfDay()
                        : LocalDateTime.of(a.toLocalDate(), MINUTES_OF_DAY[h * 60]);
            case MINUTES:
                int m = a.getMinute() + n;
                if (m < 60) {
                    return LocalDateTime.of(a.toLocalDate(), MINUTES_OF_DAY[a.getHour() * 60 + m]);
                }
                return a.getHour() == 23 ? a.toLocalDate().plusDays(1).atStartOfDay()
                        : LocalDateTime.of(a.toLocalDate(), MINUTES_OF_DAY[(a.getHour() + 1) * 60]);
            default:
                throw new IllegalStateException("unit " + unit);
        }
    }

    /**
     * @param t a wall-clock time
     * @return the first aligned time strictly after {@code t}, or null beyond {@link LocalDateTime#MAX}
     */
    public LocalDateTime nextAfter(LocalDateTime t) {
        return next(floor(t));
    }

    /**
     * @param t a wall-clock time
     * @return true when {@code t} is on the grid
     */
    public boolean isAligned(LocalDateTime t) {
        return floor(t).equals(t);
    }

    /** @return the unit */
    public ChunkUnit unit() {
        return unit;
    }

    /** @return the number of units per chunk */
    public int amount() {
        return n;
    }
}
