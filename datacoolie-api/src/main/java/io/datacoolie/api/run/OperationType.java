package io.datacoolie.api.run;

import java.util.Locale;

/** What kind of run a log record describes. */
public enum OperationType {
    /** An incremental (watermark) run. */
    ETL,
    /** One replay chunk. */
    REPLAY,
    /** Maintenance. */
    MAINTENANCE;

    /** @return the log spelling, e.g. {@code replay} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
