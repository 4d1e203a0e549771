package io.datacoolie.api;

/**
 * A configuration mistake: metadata, a replay range, a chunk interval or a run setting that cannot be honoured.
 * Thrown before any row is written.
 */
public class InvalidDataflowException extends DataCoolieException {
    private static final long serialVersionUID = 1L;

    /** @param message the complete message: dataflow, field, bad value and fix */
    public InvalidDataflowException(String message) {
        super(message);
    }

    /**
     * @param message the complete message: dataflow, field, bad value and fix
     * @param cause the underlying failure
     */
    public InvalidDataflowException(String message, Throwable cause) {
        super(message, cause);
    }
}
