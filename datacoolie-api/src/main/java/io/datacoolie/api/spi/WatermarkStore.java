package io.datacoolie.api.spi;

import java.util.Optional;

/**
 * Persists each dataflow's watermark as raw JSON text (reference §2.3, §2.4). Serialisation is the caller's job.
 */
public interface WatermarkStore {

    /**
     * @param dataflowId the dataflow
     * @return the current JSON text, or empty when none is stored
     */
    Optional<String> get(String dataflowId);

    /**
     * Rotates the current value into the previous one and stores the new value.
     *
     * @param dataflowId the dataflow
     * @param json the new JSON text
     * @param jobId the job that wrote it
     * @param dataflowRunId the run (or replay chunk) that wrote it
     */
    void put(String dataflowId, String json, String jobId, String dataflowRunId);
}
