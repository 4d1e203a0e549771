package io.datacoolie.sql.internal;

import io.datacoolie.api.FilterExpressionException;

/** Where a user SQL fragment comes from (dataflow and metadata field), and how to report a fault in it. */
public record FragmentSite(String dataflow, String field, String text) {

    /**
     * @param line 1-based line of the token at fault
     * @param column 1-based column of the token at fault
     * @param reason what is wrong
     * @param fix how to fix it
     * @return the exception to throw
     */
    public FilterExpressionException reject(int line, int column, String reason, String fix) {
        return new FilterExpressionException("Dataflow '" + dataflow + "': " + field + " '" + text
                + "' is rejected at line " + line + ", column " + column + ": " + reason + ". " + fix, line, column);
    }
}
