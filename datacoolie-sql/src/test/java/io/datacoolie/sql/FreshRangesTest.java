package io.datacoolie.sql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.api.chunk.ChunkInterval;
import org.junit.jupiter.api.Test;

class FreshRangesTest {
    private static ChunkInterval<Long> r(long a, long b) {
        return ChunkInterval.of(a, b);
    }

    @Test
    void onlyRangesDisjointFromEverythingWrittenAreEmpty() {
        FreshRanges f = new FreshRanges();
        assertTrue(f.provablyEmpty(true, "c", r(10, 20)));
        assertTrue(f.provablyEmpty(true, "c", r(20, 30)), "adjacent half-open ranges do not overlap");
        assertTrue(f.provablyEmpty(true, "c", r(0, 10)));
        assertFalse(f.provablyEmpty(true, "c", r(29, 31)));
        assertTrue(f.provablyEmpty(true, "c", r(50, 60)));
        assertFalse(f.provablyEmpty(true, "c", r(5, 55)), "spans a gap but touches both sides");
        assertFalse(f.provablyEmpty(true, "c", r(40, 45)), "written by the previous range");
        assertTrue(f.provablyEmpty(true, "c", r(100, 101)));
        assertFalse(f.provablyEmpty(false, "c", r(200, 201)), "a table not created here is never provably empty");
        assertFalse(f.provablyEmpty(true, "c", r(200, 201)), "written above even though it was not skipped");
    }

    @Test
    void anotherColumnOrBoundKindMakesNothingEmpty() {
        FreshRanges f = new FreshRanges();
        assertTrue(f.provablyEmpty(true, "c", r(0, 1)));
        assertFalse(f.provablyEmpty(true, "d", r(5, 6)));
        assertFalse(f.provablyEmpty(true, "c", r(9, 10)));
        FreshRanges g = new FreshRanges();
        assertTrue(g.provablyEmpty(true, "c", r(0, 1)));
        assertFalse(g.provablyEmpty(true, "c", ChunkInterval.of(5, 6)));
    }
}
