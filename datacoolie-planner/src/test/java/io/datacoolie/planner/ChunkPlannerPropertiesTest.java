package io.datacoolie.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.datacoolie.api.chunk.Chunk;
import io.datacoolie.api.chunk.ChunkPlan;
import io.datacoolie.api.chunk.ChunkStep;
import io.datacoolie.api.chunk.ChunkUnit;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Planner invariants over many seeded random ranges: the chunks cover {@code [start, end)} exactly, are contiguous,
 * non-empty and ascending, every interior boundary is aligned, no aligned boundary is missed (checked against a brute
 * force enumeration written independently of the planner), and planning is deterministic. A failure names the case,
 * which reproduces from the fixed seed.
 */
class ChunkPlannerPropertiesTest {
    private static final long SEED = 20251026L;
    private static final int CASES = 400;
    private static final List<String> ZONES = Arrays.asList(null, "UTC", "Europe/Berlin", "America/New_York",
            "America/Sao_Paulo", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham");
    private static final LocalDate ANCHOR = LocalDate.of(1, 1, 1);

    @Test
    void calendarPlans_coverTheRangeWithAlignedContiguousChunks_andMissNoBoundary() {
        Random random = new Random(SEED);
        int planned = 0;
        for (int i = 0; i < CASES; i++) {
            ChunkUnit unit = ChunkUnit.values()[random.nextInt(ChunkUnit.values().length)];
            int n = amount(random, unit);
            String zoneId = ZONES.get(random.nextInt(ZONES.size()));
            LocalDateTime start = randomStart(random, unit);
            LocalDateTime end = start.plus(1 + (long) random.nextInt(maxLength(unit)), ChronoUnit.MINUTES);
            String label = "case " + i + ": [" + start + ", " + end + ") " + unit + "=" + n + " zone " + zoneId;
            ZoneId zone = zoneId == null ? null : ZoneId.of(zoneId);
            if (zone != null && !start.atZone(zone).isBefore(end.atZone(zone))) {
                continue; // both ends in one DST gap: an error, covered elsewhere
            }
            try {
                checkCalendarCase(start, end, new ChunkStep.CalendarStep(unit, n), zone);
                planned++;
            } catch (AssertionError | RuntimeException e) {
                fail(label + ": " + e.getMessage(), e);
            }
        }
        assertTrue(planned > CASES * 9 / 10, "too few cases planned: " + planned);
    }

    private static void checkCalendarCase(LocalDateTime start, LocalDateTime end, ChunkStep.CalendarStep step,
            ZoneId zone) {
        ChunkPlan<?> plan = ChunkPlanner.create().plan(start, end, step, zone);
        assertEquals(plan, ChunkPlanner.create().plan(start, end, step, zone), "deterministic");
        List<Chunk<?>> chunks = new ArrayList<>(plan.chunks());
        Object first = zone == null ? start : start.atZone(zone).toOffsetDateTime();
        Object last = zone == null ? end : end.atZone(zone).toOffsetDateTime();
        assertEquals(first, chunks.get(0).start(), "first start");
        assertEquals(last, chunks.get(chunks.size() - 1).end(), "last end");
        List<Instant> interior = new ArrayList<>();
        for (int k = 0; k < chunks.size(); k++) {
            Chunk<?> c = chunks.get(k);
            assertEquals(k, c.index());
            assertTrue(instant(c.start(), zone).isBefore(instant(c.end(), zone)), "non-empty, ascending " + c);
            if (k > 0) {
                assertSame(chunks.get(k - 1).end(), c.start(), "contiguous");
                interior.add(instant(c.start(), zone));
            }
        }
        List<Instant> expected = bruteForceBoundaries(start, end, step, zone == null ? ZoneOffset.UTC : zone);
        assertEquals(expected, interior, "interior boundaries are exactly the aligned instants inside the range");
    }

    /** Every instant strictly inside the range at which the wall clock shows an aligned time, by enumeration. */
    private static List<Instant> bruteForceBoundaries(LocalDateTime start, LocalDateTime end, ChunkStep.CalendarStep s,
            ZoneId zone) {
        Instant from = start.atZone(zone).toInstant();
        Instant to = end.atZone(zone).toInstant();
        List<Instant> out = new ArrayList<>();
        boolean dayBased = s.unit() != ChunkUnit.HOURS && s.unit() != ChunkUnit.MINUTES;
        if (dayBased) {
            for (LocalDate d = start.toLocalDate(); !d.isAfter(end.toLocalDate()); d = d.plusDays(1)) {
                Instant t = d.atStartOfDay(zone).toInstant();
                if (dateAligned(d, s) && t.isAfter(from) && t.isBefore(to)) {
                    out.add(t);
                }
            }
            return out;
        }
        for (Instant t = from.truncatedTo(ChronoUnit.MINUTES).plusSeconds(60); t.isBefore(to); t = t.plusSeconds(60)) {
            LocalDateTime local = LocalDateTime.ofInstant(t, zone);
            if (timeAligned(local, s) || skippedAlignedTimeAt(t, zone, s)) {
                out.add(t);
            }
        }
        return out;
    }

    /** True when a DST gap starts at {@code t} and swallowed an aligned wall-clock time, which moves to {@code t}. */
    private static boolean skippedAlignedTimeAt(Instant t, ZoneId zone, ChunkStep.CalendarStep s) {
        ZoneOffsetTransition tr = zone.getRules().previousTransition(t.plusNanos(1));
        if (tr == null || !tr.getInstant().equals(t) || !tr.isGap()) {
            return false;
        }
        for (LocalDateTime m = tr.getDateTimeBefore(); m.isBefore(tr.getDateTimeAfter()); m = m.plusMinutes(1)) {
            if (timeAligned(m, s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean dateAligned(LocalDate d, ChunkStep.CalendarStep s) {
        int n = s.amount();
        switch (s.unit()) {
            case YEARS:
                return d.getDayOfYear() == 1 && Math.floorMod(d.getYear() - 1, n) == 0;
            case MONTHS:
                return d.getDayOfMonth() == 1 && (d.getMonthValue() - 1) % n == 0;
            case WEEKS:
                return d.getDayOfWeek() == DayOfWeek.MONDAY
                        && Math.floorMod(ChronoUnit.DAYS.between(ANCHOR, d) / 7, n) == 0;
            default:
                return Math.floorMod(ChronoUnit.DAYS.between(ANCHOR, d), n) == 0;
        }
    }

    private static boolean timeAligned(LocalDateTime t, ChunkStep.CalendarStep s) {
        if (t.getSecond() != 0 || t.getNano() != 0) {
            return false;
        }
        return s.unit() == ChunkUnit.HOURS ? t.getMinute() == 0 && t.getHour() % s.amount() == 0
                : t.getMinute() % s.amount() == 0;
    }

    @Test
    void integerPlans_cutAtEveryMultipleOfTheStepInside_andNowhereElse() {
        Random random = new Random(SEED);
        long[] origins = {0, -1_000_000_000_000L, 1_000_000_000_000L, Long.MIN_VALUE, Long.MAX_VALUE - 100_000};
        for (int i = 0; i < CASES; i++) {
            long step = random.nextBoolean() ? 1 + random.nextInt(50) : 1 + (long) random.nextInt(Integer.MAX_VALUE);
            long origin = origins[random.nextInt(origins.length)];
            long start = origin == Long.MIN_VALUE ? origin + random.nextInt(1000) : origin + random.nextInt(100_000)
                    - (origin > 0 ? 100_000 : 50_000);
            long end = start + 1 + random.nextInt(step > 50 ? 50_000 : 2_000);
            String label = "case " + i + ": [" + start + ", " + end + ") step=" + step;
            ChunkPlan<?> plan = ChunkPlanner.create().plan(start, end, new ChunkStep.IntegerStep(step), null);
            List<Long> bounds = new ArrayList<>();
            bounds.add((Long) plan.chunks().get(0).start());
            plan.chunks().forEach(c -> bounds.add((Long) c.end()));
            List<Long> expected = new ArrayList<>();
            expected.add(start);
            for (long v = start + 1; v < end; v++) {
                if (Math.floorMod(v, step) == 0) {
                    expected.add(v);
                }
            }
            expected.add(end);
            assertEquals(expected, bounds, label);
        }
    }

    @Test
    void remaining_isEveryChunkWhoseEndIsAboveTheStoredValue() {
        Random random = new Random(SEED);
        ChunkResume resume = new ChunkResume("orders");
        for (int i = 0; i < CASES; i++) {
            LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1000));
            LocalDate end = start.plusDays(1 + random.nextInt(400));
            ChunkPlan<?> plan = ChunkPlanner.create().plan(start, end, new ChunkStep.CalendarStep(ChunkUnit.WEEKS, 1),
                    null);
            LocalDate stored = start.plusDays(random.nextInt(500) - 50);
            List<Integer> expected = plan.chunks().stream()
                    .filter(c -> ((LocalDate) c.end()).isAfter(stored)).map(Chunk::index).collect(Collectors.toList());
            List<Integer> actual = remaining(resume, plan, stored);
            assertEquals(expected, actual, "case " + i + ": stored " + stored + " plan " + plan.chunks());
        }
    }

    private static <T extends Comparable<? super T>> List<Integer> remaining(ChunkResume resume, ChunkPlan<T> plan,
            Object stored) {
        return resume.remaining(plan, stored, null).stream().map(Chunk::index).collect(Collectors.toList());
    }

    private static Instant instant(Object bound, ZoneId zone) {
        return bound instanceof OffsetDateTime ? ((OffsetDateTime) bound).toInstant()
                : ((LocalDateTime) bound).toInstant(ZoneOffset.UTC);
    }

    private static int amount(Random random, ChunkUnit unit) {
        int[] choices;
        switch (unit) {
            case MINUTES:
                choices = new int[] {1, 5, 7, 15, 30, 45, 60};
                break;
            case HOURS:
                choices = new int[] {1, 2, 3, 5, 6, 12, 24};
                break;
            case MONTHS:
                choices = new int[] {1, 2, 3, 5, 6, 12};
                break;
            default:
                choices = new int[] {1, 2, 3, 4, 7};
        }
        return choices[random.nextInt(choices.length)];
    }

    /** A start near a DST transition half of the time, with seconds and nanos a quarter of the time. */
    private static LocalDateTime randomStart(Random random, ChunkUnit unit) {
        LocalDateTime[] nearDst = {LocalDateTime.of(2025, 3, 29, 0, 0), LocalDateTime.of(2025, 10, 25, 0, 0),
            LocalDateTime.of(2025, 3, 8, 0, 0), LocalDateTime.of(2025, 11, 1, 0, 0),
            LocalDateTime.of(2018, 11, 3, 0, 0), LocalDateTime.of(2025, 4, 5, 0, 0),
            LocalDateTime.of(2025, 10, 4, 0, 0)};
        LocalDateTime t = random.nextBoolean() ? nearDst[random.nextInt(nearDst.length)]
                : LocalDateTime.of(1900 + random.nextInt(200), 1, 1, 0, 0).plusDays(random.nextInt(366));
        t = t.plusMinutes(random.nextInt(unit == ChunkUnit.MINUTES || unit == ChunkUnit.HOURS ? 2880 : 60 * 24 * 60));
        if (random.nextInt(4) == 0) {
            t = t.plusSeconds(random.nextInt(60)).plusNanos(random.nextInt(1_000_000_000));
        }
        return t;
    }

    private static int maxLength(ChunkUnit unit) {
        switch (unit) {
            case MINUTES:
                return 3 * 24 * 60;
            case HOURS:
                return 10 * 24 * 60;
            case YEARS:
                return 30 * 366 * 24 * 60;
            default:
                return 3 * 366 * 24 * 60;
        }
    }
}
