package io.datacoolie.api;

/** The connection's database cannot be rendered by this edition. */
public class UnsupportedDialectException extends DataCoolieException {
    private static final long serialVersionUID = 1L;

    /** @param message the complete message, naming the database and the supported ones */
    public UnsupportedDialectException(String message) {
        super(message);
    }
}
