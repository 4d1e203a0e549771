package io.datacoolie.batch.cli;

/** How a command prints its result: a table for people or JSON for machines. */
public enum OutputFormat {
    /** Aligned columns for people. */
    TABLE,
    /** One JSON document for machines. */
    JSON
}
