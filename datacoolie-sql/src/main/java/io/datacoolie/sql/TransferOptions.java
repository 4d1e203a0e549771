package io.datacoolie.sql;

/**
 * Tuning for {@link ChunkTransfer}.
 *
 * @param sameDatabase TRUE/FALSE to force push-down on or off; null to detect (same JDBC URL and user)
 * @param fetchSize rows per source fetch when streaming
 * @param batchSize rows per destination batch when streaming
 * @param createMissingTable create the destination table (types mapped from the read) when it does not exist
 * @param useCopy stream into a PostgreSQL destination with COPY instead of batched INSERTs
 * @param readAhead when streaming, read the next batch from the source in a second thread while the current one is
 *     written, so both databases work at once (off: one thread, the two take turns). The reader thread only touches
 *     the source's result set and ends before the chunk does; turn it off where a container forbids unmanaged threads
 */
public record TransferOptions(Boolean sameDatabase, int fetchSize, int batchSize, boolean createMissingTable,
        boolean useCopy, boolean readAhead) {

    /**
     * The defaults: detect push-down, fetch 5000, batch 5000, create missing tables, COPY into PostgreSQL, read
     * ahead.
     */
    public static final TransferOptions DEFAULTS = new TransferOptions(null, 5000, 5000, true, true, true);

    /** Validates. */
    public TransferOptions {
        if (fetchSize <= 0 || batchSize <= 0) {
            throw new IllegalArgumentException("fetchSize and batchSize must be positive, got " + fetchSize + " and "
                    + batchSize);
        }
    }

    /**
     * @param same whether source and destination are the same database (null: detect)
     * @return a copy with that setting
     */
    public TransferOptions withSameDatabase(Boolean same) {
        return new TransferOptions(same, fetchSize, batchSize, createMissingTable, useCopy, readAhead);
    }

    /**
     * @param copy whether to use COPY for PostgreSQL destinations
     * @return a copy with that setting
     */
    public TransferOptions withCopy(boolean copy) {
        return new TransferOptions(sameDatabase, fetchSize, batchSize, createMissingTable, copy, readAhead);
    }

    /**
     * @param on whether to read the source one batch ahead of the destination write, in a second thread
     * @return a copy with that setting
     */
    public TransferOptions withReadAhead(boolean on) {
        return new TransferOptions(sameDatabase, fetchSize, batchSize, createMissingTable, useCopy, on);
    }

    /**
     * @param fetch rows per source fetch (and per hand-over between the reader and the writer)
     * @param batch rows per destination batch
     * @return a copy with those sizes
     */
    public TransferOptions withSizes(int fetch, int batch) {
        return new TransferOptions(sameDatabase, fetch, batch, createMissingTable, useCopy, readAhead);
    }
}
