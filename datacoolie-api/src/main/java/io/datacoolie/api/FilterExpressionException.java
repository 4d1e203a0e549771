package io.datacoolie.api;

/**
 * A user SQL fragment (filter expression, additional column, ...) was rejected. Carries the 1-based line and column
 * of the offending token.
 */
public class FilterExpressionException extends DataCoolieException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    /**
     * @param message the complete message, including the position
     * @param line 1-based line of the token at fault
     * @param column 1-based column of the token at fault
     */
    public FilterExpressionException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** @return 1-based line of the token at fault */
    public int line() {
        return line;
    }

    /** @return 1-based column of the token at fault */
    public int column() {
        return column;
    }
}
