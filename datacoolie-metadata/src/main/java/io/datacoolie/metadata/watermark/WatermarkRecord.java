package io.datacoolie.metadata.watermark;

import java.time.LocalDateTime;

/**
 * One stored watermark row or file set.
 *
 * @param dataflowId the dataflow
 * @param currentValue the current JSON text, may be null
 * @param previousValue the JSON text it replaced, may be null
 * @param jobId the job that wrote it, may be null
 * @param dataflowRunId the run (or replay chunk) that wrote it, may be null
 * @param updatedAt when it was written, in UTC, may be null
 */
public record WatermarkRecord(String dataflowId, String currentValue, String previousValue, String jobId,
        String dataflowRunId, LocalDateTime updatedAt) {
}
