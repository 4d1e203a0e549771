package io.datacoolie.api.chunk;

import java.util.List;
import java.util.Objects;

/**
 * An ordered, contiguous, non-overlapping list of non-empty chunks.
 *
 * @param <T> bound type
 * @param step the chunk step, or null for a single-shot plan
 * @param chunks the chunks in order, indexed 0..n-1
 */
public record ChunkPlan<T extends Comparable<? super T>>(ChunkStep step, List<Chunk<T>> chunks) {
    /**
     * Validates: indexes 0..n-1, non-empty, contiguous. A {@link ChunkList} is valid by construction and kept as it is;
     * any other list is copied.
     */
    public ChunkPlan {
        Objects.requireNonNull(chunks, "chunks");
        if (!(chunks instanceof ChunkList)) {
            chunks = checked(List.copyOf(chunks));
        }
    }

    private static <T extends Comparable<? super T>> List<Chunk<T>> checked(List<Chunk<T>> chunks) {
        for (int i = 0; i < chunks.size(); i++) {
            Chunk<T> c = chunks.get(i);
            if (c.index() != i) {
                throw new IllegalArgumentException("Chunk " + c + " is at position " + i);
            }
            if (c.interval().isEmpty()) {
                throw new IllegalArgumentException("Chunk " + c + " is empty");
            }
            if (i > 0 && chunks.get(i - 1).end().compareTo(c.start()) != 0) {
                throw new IllegalArgumentException("Chunk intervals do not connect: " + chunks.get(i - 1).interval()
                        + " and " + c.interval());
            }
        }
        return chunks;
    }

    /** @return the number of chunks */
    public int size() {
        return chunks.size();
    }
}
