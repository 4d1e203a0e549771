package io.datacoolie.api.run;

import java.util.Locale;

/** Status of a run, a replay chunk, or one of its phases. */
public enum DataFlowStatus {
    /** Not started. */
    PENDING,
    /** In progress. */
    RUNNING,
    /** Finished and wrote its rows. */
    SUCCEEDED,
    /** Failed; see the error message. */
    FAILED,
    /** Read no rows; nothing was written. */
    SKIPPED;

    /** @return the log spelling, e.g. {@code succeeded} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
