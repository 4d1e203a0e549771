package io.datacoolie.examples.bench;

/** Runs DataCoolie replays for the benchmarks: the contender measured against each baseline. */
public interface Replayer extends AutoCloseable {

    /**
     * What a replay did.
     *
     * @param rows rows written to the destination
     * @param chunks chunks run (succeeded plus skipped)
     */
    record Outcome(long rows, long chunks) {
    }

    /**
     * Replays {@code window} of {@code source.sourceTable} into {@code destination.destinationTable} and fails
     * unless every chunk succeeded or was skipped.
     *
     * @param source the source database
     * @param sourceTable the source table, whose watermark column is {@code updated_at}
     * @param destination the destination database
     * @param destinationTable the destination table
     * @param window the range
     * @param chunk {@code UNIT=N} (e.g. {@code days=1}), or null for one single-shot chunk
     * @return what it did
     * @throws Exception when the replay fails
     */
    Outcome replay(BenchDb source, String sourceTable, BenchDb destination, String destinationTable, Window window,
            String chunk) throws Exception;

    @Override
    void close();
}
