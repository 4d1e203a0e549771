package io.datacoolie.api;

/**
 * Root of every user-facing DataCoolie error. Messages name the dataflow, the field, the bad value and the fix.
 */
public class DataCoolieException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the complete, user-facing message */
    public DataCoolieException(String message) {
        super(message);
    }

    /**
     * @param message the complete, user-facing message
     * @param cause the underlying failure
     */
    public DataCoolieException(String message, Throwable cause) {
        super(message, cause);
    }
}
