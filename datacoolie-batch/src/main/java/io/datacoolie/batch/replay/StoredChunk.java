package io.datacoolie.batch.replay;

/**
 * One chunk of a stored replay plan and its ledger state.
 *
 * @param index 0-based chunk index
 * @param start inclusive lower bound, as text (ISO-8601 or integer)
 * @param end exclusive upper bound, as text
 * @param status {@code planned}, {@code succeeded}, {@code skipped} (read no rows), {@code covered} (an earlier
 *     replay's saved watermark already covers it) or {@code failed}
 * @param dataflowRunId the run that completed it, or null
 * @param rowsRead rows read by that run
 * @param rowsWritten rows written by that run
 */
public record StoredChunk(int index, String start, String end, String status, String dataflowRunId, long rowsRead,
        long rowsWritten) {

    /** Ledger status of a chunk not yet done. */
    public static final String PLANNED = "planned";

    /** @return true when the chunk's rows (or its emptiness) are committed: it never runs again in this replay */
    public boolean isDone() {
        return "succeeded".equals(status) || "skipped".equals(status) || "covered".equals(status);
    }
}
