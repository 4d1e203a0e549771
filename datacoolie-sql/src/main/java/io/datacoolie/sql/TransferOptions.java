package io.datacoolie.sql;

/**
 * Tuning for {@link ChunkTransfer}.
 *
 * @param sameDatabase TRUE/FALSE to force push-down on or off; null to detect (same JDBC URL and user)
 * @param fetchSize rows per source fetch when streaming
 * @param batchSize rows per destination batch when streaming
 * @param createMissingTable create the destination table (types mapped from the read) when it does not exist
 * @param useCopy stream into a PostgreSQL destination with COPY instead of batched INSERTs
 */
public record TransferOptions(Boolean sameDatabase, int fetchSize, int batchSize, boolean createMissingTable,
        boolean useCopy) {

    /** The defaults: detect push-down, fetch 5000, batch 5000, create missing tables, COPY into PostgreSQL. */
    public static final TransferOptions DEFAULTS = new TransferOptions(null, 5000, 5000, true, true);

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
        return new TransferOptions(same, fetchSize, batchSize, createMissingTable, useCopy);
    }

    /**
     * @param copy whether to use COPY for PostgreSQL destinations
     * @return a copy with that setting
     */
    public TransferOptions withCopy(boolean copy) {
        return new TransferOptions(sameDatabase, fetchSize, batchSize, createMissingTable, copy);
    }
}
