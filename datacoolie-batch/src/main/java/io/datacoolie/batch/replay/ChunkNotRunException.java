package io.datacoolie.batch.replay;

import io.datacoolie.api.DataCoolieException;

/** A chunk was not run because an earlier chunk of its dataflow did not complete. */
public final class ChunkNotRunException extends DataCoolieException {
    private static final long serialVersionUID = 1L;

    /** @param message names the chunk and the blocker */
    public ChunkNotRunException(String message) {
        super(message);
    }
}
