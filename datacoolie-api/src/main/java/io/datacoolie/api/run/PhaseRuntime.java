package io.datacoolie.api.run;

import java.time.Duration;
import java.time.Instant;

/**
 * Timing and status of one phase (read, transform or write) of a run.
 *
 * @param status the phase status
 * @param startTime when the phase started (UTC), or null when it never ran
 * @param endTime when the phase ended (UTC), or null when it never ran
 * @param errorMessage the failure message, or null
 */
public record PhaseRuntime(DataFlowStatus status, Instant startTime, Instant endTime, String errorMessage) {

    /** A phase that never ran. */
    public static final PhaseRuntime PENDING = new PhaseRuntime(DataFlowStatus.PENDING, null, null, null);

    /** Defaults a null status to {@link DataFlowStatus#PENDING}. */
    public PhaseRuntime {
        status = status == null ? DataFlowStatus.PENDING : status;
    }

    /** @return seconds between start and end, or 0 when the phase never ran */
    public double durationSeconds() {
        return startTime == null || endTime == null ? 0 : Duration.between(startTime, endTime).toNanos() / 1e9;
    }
}
