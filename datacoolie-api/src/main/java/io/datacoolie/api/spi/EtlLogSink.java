package io.datacoolie.api.spi;

import java.util.Map;

/**
 * Receives ETL log records (reference §4): one {@code dataflow_run_log} per run or replay chunk, and one
 * {@code job_run_log} summary per job.
 */
public interface EtlLogSink extends AutoCloseable {

    /** @param record a flat record whose {@code _type} is {@code dataflow_run_log} or {@code job_run_log} */
    void write(Map<String, Object> record);

    /** Flushes buffered records. */
    default void flush() {
    }

    @Override
    default void close() {
    }
}
