package io.datacoolie.planner;

import io.datacoolie.api.chunk.Chunk;
import io.datacoolie.api.chunk.ChunkPlan;
import io.datacoolie.planner.internal.Problems;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Resume arithmetic: which chunks of a plan remain, given a stored upper bound (a saved watermark).
 *
 * <p>A chunk is done exactly when its exclusive end is at or below the stored value. A chunk that contains the stored
 * value is not done and runs again in full (chunks are idempotent), and a stored value below the first chunk's end
 * leaves every chunk to do. Values of different kinds are compared only where that is lossless: a date is its
 * midnight; a value without offset is read in the zone when one is given. Anything else is a clear error, never a
 * guess.
 */
public final class ChunkResume {
    private final String dataflow;

    /** @param dataflow the dataflow name for messages, or null */
    public ChunkResume(String dataflow) {
        this.dataflow = dataflow;
    }

    /**
     * @param plan the plan
     * @param stored the stored upper bound (a Java value or text, see {@link ChunkBounds#normalize}), or null for none
     * @param zone the zone that reads values without offset, or null
     * @param <T> bound type
     * @return the chunks still to run, in order, with their original indexes (a view of the plan's list)
     * @throws io.datacoolie.api.InvalidDataflowException when the stored value cannot be compared with the chunks
     */
    public <T extends Comparable<? super T>> List<Chunk<T>> remaining(ChunkPlan<T> plan, Object stored, ZoneId zone) {
        List<Chunk<T>> chunks = plan.chunks();
        if (stored == null || chunks.isEmpty()) {
            return chunks;
        }
        Object s = ChunkBounds.normalize(stored, "stored watermark", dataflow);
        Comparable<Object> key = key(s, s, chunks.get(0).end(), zone);
        int lo = 0;
        int hi = chunks.size();
        while (lo < hi) { // first chunk whose end is above the stored value
            int mid = (lo + hi) >>> 1;
            if (key(chunks.get(mid).end(), s, chunks.get(0).end(), zone).compareTo(key) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return chunks.subList(lo, chunks.size());
    }

    /**
     * @param chunk a chunk
     * @param stored the stored upper bound, or null
     * @param zone the zone that reads values without offset, or null
     * @param <T> bound type
     * @return true when the chunk's end is at or below the stored value
     */
    public <T extends Comparable<? super T>> boolean isDone(Chunk<T> chunk, Object stored, ZoneId zone) {
        if (stored == null) {
            return false;
        }
        Object s = ChunkBounds.normalize(stored, "stored watermark", dataflow);
        return key(chunk.end(), s, chunk.end(), zone).compareTo(key(s, s, chunk.end(), zone)) <= 0;
    }

    /** A comparable key for {@code v} in the domain both {@code stored} and {@code bound} can be compared in. */
    @SuppressWarnings("unchecked")
    private Comparable<Object> key(Object v, Object stored, Object bound, ZoneId zone) {
        boolean storedInt = stored instanceof Long;
        boolean boundInt = bound instanceof Long;
        if (storedInt != boundInt) {
            throw mismatch(stored, bound, "");
        }
        if (storedInt) {
            return (Comparable<Object>) v;
        }
        if (isAware(stored) || isAware(bound)) {
            return (Comparable<Object>) (Comparable<?>) instant(v, stored, bound, zone);
        }
        return (Comparable<Object>) (Comparable<?>) (v instanceof LocalDate ? ((LocalDate) v).atStartOfDay() : v);
    }

    private Instant instant(Object v, Object stored, Object bound, ZoneId zone) {
        if (v instanceof OffsetDateTime) {
            return ((OffsetDateTime) v).toInstant();
        }
        if (v instanceof ZonedDateTime) {
            return ((ZonedDateTime) v).toInstant();
        }
        if (zone == null) {
            throw mismatch(stored, bound, " Set the replay zone so values without offset can be compared.");
        }
        LocalDateTime local = v instanceof LocalDate ? ((LocalDate) v).atStartOfDay() : (LocalDateTime) v;
        return local.atZone(zone).toInstant();
    }

    private RuntimeException mismatch(Object stored, Object bound, String fix) {
        return Problems.invalid(dataflow, "the stored watermark '" + ChunkBounds.format(stored) + "' is "
                + ChunkPlanner.kind(stored) + " but the chunks are " + plural(ChunkPlanner.kind(bound))
                + ", so finished chunks cannot be told apart." + (fix.isEmpty()
                        ? " Check that the chunk column is the watermark column, or clear the stored watermark to"
                                + " replay every chunk."
                        : fix));
    }

    private static String plural(String kind) {
        return kind.replaceFirst("^an? ", "") .replaceFirst("^(\\S+)", "$1s");
    }

    private static boolean isAware(Object v) {
        return v instanceof OffsetDateTime || v instanceof ZonedDateTime;
    }
}
