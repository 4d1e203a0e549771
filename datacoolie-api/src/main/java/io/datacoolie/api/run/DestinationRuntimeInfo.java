package io.datacoolie.api.run;

/**
 * What the write phase of a run did (reference §4.2, destination runtime). Counts come from JDBC update counts.
 *
 * @param phase timing and status
 * @param operationType the load strategy's metadata spelling, e.g. {@code append}, or null
 * @param rowsWritten rows the destination received
 * @param rowsInserted rows inserted
 * @param rowsUpdated rows updated
 * @param rowsDeleted rows deleted
 */
public record DestinationRuntimeInfo(PhaseRuntime phase, String operationType, long rowsWritten, long rowsInserted,
        long rowsUpdated, long rowsDeleted) {

    /** A write that never ran. */
    public static final DestinationRuntimeInfo PENDING = new DestinationRuntimeInfo(PhaseRuntime.PENDING, null, 0, 0,
            0, 0);

    /** Defaults a null phase to pending. */
    public DestinationRuntimeInfo {
        phase = phase == null ? PhaseRuntime.PENDING : phase;
    }
}
