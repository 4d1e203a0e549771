package io.datacoolie.sql;

import io.datacoolie.api.chunk.ChunkInterval;
import java.util.Map;
import java.util.TreeMap;

/**
 * Remembers the chunk ranges written into a destination table that this process created, to skip a replay chunk's
 * range delete when it provably has nothing to delete: the table started empty here, and no earlier chunk (committed
 * or not) touched an overlapping range of the same column. Anything else deletes as usual. The ranges are kept as
 * their union (disjoint, sorted), so a check costs O(log n) and sequential chunks coalesce into one range: a list
 * scanned per chunk made a replay of n chunks cost n^2 comparisons.
 */
final class FreshRanges {
    /** Start to end of the disjoint, non-adjacent ranges whose union is everything written. */
    @SuppressWarnings("rawtypes")
    private final TreeMap<Comparable, Comparable> union = new TreeMap<>();
    private String column;
    private Class<?> kind;
    /** Two columns or two bound kinds were written: nothing is provably empty any more. */
    private boolean mixed;

    @SuppressWarnings({"unchecked", "rawtypes"})
    synchronized boolean provablyEmpty(boolean createdHere, String column, ChunkInterval<?> interval) {
        Comparable lo = interval.start();
        Comparable hi = interval.end();
        if (this.column == null) {
            this.column = column;
            this.kind = lo.getClass();
        } else if (!this.column.equals(column) || kind != lo.getClass()) {
            mixed = true; // different bound kinds cannot be compared: assume the worst
        }
        if (mixed) {
            return false;
        }
        Map.Entry<Comparable, Comparable> before = union.lowerEntry(hi);
        boolean empty = createdHere && (before == null || before.getValue().compareTo(lo) <= 0);
        add(lo, hi);
        return empty;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void add(Comparable lo, Comparable hi) {
        Map.Entry<Comparable, Comparable> e = union.floorEntry(lo);
        if (e != null && e.getValue().compareTo(lo) >= 0) {
            lo = e.getKey();
            hi = max(hi, e.getValue());
            union.remove(e.getKey());
        }
        while ((e = union.ceilingEntry(lo)) != null && e.getKey().compareTo(hi) <= 0) {
            hi = max(hi, e.getValue());
            union.remove(e.getKey());
        }
        union.put(lo, hi);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparable max(Comparable a, Comparable b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
