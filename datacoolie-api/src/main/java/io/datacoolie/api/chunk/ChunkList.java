package io.datacoolie.api.chunk;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of contiguous, non-empty, ascending chunks, stored as their boundaries: n chunks keep n + 1 bound
 * objects, and each {@link Chunk} is made when it is read. A plan of a million chunks so holds a million bounds
 * rather than three million objects. Equal to any other list of the same chunks.
 *
 * @param <T> bound type
 */
public final class ChunkList<T extends Comparable<? super T>> extends AbstractList<Chunk<T>>
        implements RandomAccess, Serializable {
    private static final long serialVersionUID = 1L;

    private final Object[] bounds;
    private final int size;

    private ChunkList(Object[] bounds, int boundCount) {
        this.bounds = bounds;
        this.size = boundCount - 1;
    }

    /**
     * @param boundaries the start of the first chunk, then the end of every chunk; at least two, strictly ascending
     * @param <T> bound type
     * @return the chunks between consecutive boundaries
     * @throws IllegalArgumentException when fewer than two boundaries are given or they do not strictly ascend
     */
    public static <T extends Comparable<? super T>> ChunkList<T> ofBoundaries(List<T> boundaries) {
        Builder<T> b = builder(boundaries.size());
        boundaries.forEach(b::add);
        return b.build();
    }

    /**
     * @param expectedBoundaries a capacity hint
     * @param <T> bound type
     * @return a builder that checks each boundary as it is added
     */
    public static <T extends Comparable<? super T>> Builder<T> builder(int expectedBoundaries) {
        return new Builder<>(expectedBoundaries);
    }

    @Override
    public Chunk<T> get(int index) {
        Objects.checkIndex(index, size);
        return new Chunk<>(index, new ChunkInterval<>(boundary(index), boundary(index + 1)));
    }

    /**
     * @param i 0..size
     * @return boundary i: the start of chunk i, or for i = size the end of the last chunk
     */
    @SuppressWarnings("unchecked")
    public T boundary(int i) {
        Objects.checkIndex(i, size + 1);
        return (T) bounds[i];
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Collects boundaries in order.
     *
     * @param <T> bound type
     */
    public static final class Builder<T extends Comparable<? super T>> {
        private Object[] bounds;
        private int count;

        private Builder(int expected) {
            this.bounds = new Object[Math.max(2, expected)];
        }

        /**
         * @param boundary the next boundary, strictly after the previous one
         * @return this
         * @throws IllegalArgumentException when it is not after the previous boundary
         */
        @SuppressWarnings("unchecked")
        public Builder<T> add(T boundary) {
            Objects.requireNonNull(boundary, "boundary");
            if (count > 0 && ((T) bounds[count - 1]).compareTo(boundary) >= 0) {
                throw new IllegalArgumentException("Chunk boundary " + boundary + " is not after " + bounds[count - 1]
                        + "; chunks must be non-empty and ascending");
            }
            if (count == bounds.length) {
                bounds = Arrays.copyOf(bounds, count + (count >> 1) + 1);
            }
            bounds[count++] = boundary;
            return this;
        }

        /** @return the number of boundaries added so far */
        public int count() {
            return count;
        }

        /**
         * @return the list; the builder must not be used afterwards
         * @throws IllegalStateException with fewer than two boundaries
         */
        public ChunkList<T> build() {
            if (count < 2) {
                throw new IllegalStateException("A chunk list needs at least two boundaries, got " + count);
            }
            return new ChunkList<>(bounds, count);
        }
    }
}
