package io.datacoolie.sql;

import io.datacoolie.api.chunk.ChunkInterval;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembers the chunk ranges written into a destination table that this process created, to skip a replay chunk's
 * range delete when it provably has nothing to delete: the table started empty here, and no earlier chunk (committed
 * or not) touched an overlapping range of the same column. Anything else deletes as usual.
 */
final class FreshRanges {
    private record Written(String column, ChunkInterval<?> interval) {
    }

    private final List<Written> written = new ArrayList<>();

    synchronized boolean provablyEmpty(boolean createdHere, String column, ChunkInterval<?> interval) {
        boolean empty = createdHere && written.stream().allMatch(w -> w.column.equals(column)
                && !overlaps(w.interval, interval));
        written.add(new Written(column, interval));
        return empty;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean overlaps(ChunkInterval a, ChunkInterval b) {
        if (a.start().getClass() != b.start().getClass()) {
            return true; // different bound kinds cannot be compared: assume the worst
        }
        return a.start().compareTo(b.end()) < 0 && b.start().compareTo(a.end()) < 0;
    }
}
