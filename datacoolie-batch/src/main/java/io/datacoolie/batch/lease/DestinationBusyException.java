package io.datacoolie.batch.lease;

import io.datacoolie.api.DataCoolieException;

/** Another run or replay holds the lease on the destination this one wants to write. */
public final class DestinationBusyException extends DataCoolieException {
    private static final long serialVersionUID = 1L;

    /** @param message names the destination and the holder */
    public DestinationBusyException(String message) {
        super(message);
    }
}
