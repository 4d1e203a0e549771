package io.datacoolie.api.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The record of one run: one incremental run of a dataflow, or one replay chunk (reference §4.2, §5.6).
 *
 * @param dataflowId the dataflow
 * @param dataflowName the dataflow's display name
 * @param dataflowRunId this run's own id, also written into the rows it loads as {@code __dataflow_run_id}
 * @param operationType {@code etl} or {@code replay}
 * @param chunkIndex the 0-based chunk index for a replay chunk, or null
 * @param chunkStart the chunk's inclusive lower bound (ISO-8601 or integer text), or null
 * @param chunkEnd the chunk's exclusive upper bound, or null
 * @param status the run status
 * @param startTime when the run started (UTC)
 * @param endTime when it ended (UTC), or null while running
 * @param errorMessage the failure message, or null
 * @param retryAttempts retries used after the first attempt (also when every attempt failed)
 * @param source the read phase
 * @param transform the transform phase
 * @param destination the write phase
 */
public record DataFlowRuntimeInfo(String dataflowId, String dataflowName, String dataflowRunId,
        OperationType operationType, Integer chunkIndex, String chunkStart, String chunkEnd, DataFlowStatus status,
        Instant startTime, Instant endTime, String errorMessage, int retryAttempts, SourceRuntimeInfo source,
        TransformRuntimeInfo transform, DestinationRuntimeInfo destination) {

    /** Validates ids and defaults null phases to pending. */
    public DataFlowRuntimeInfo {
        Objects.requireNonNull(dataflowId, "dataflowId");
        Objects.requireNonNull(dataflowRunId, "dataflowRunId");
        Objects.requireNonNull(operationType, "operationType");
        Objects.requireNonNull(status, "status");
        source = source == null ? SourceRuntimeInfo.PENDING : source;
        transform = transform == null ? TransformRuntimeInfo.PENDING : transform;
        destination = destination == null ? DestinationRuntimeInfo.PENDING : destination;
    }

    /** @return rows read by the source query */
    public long rowsRead() {
        return source.rowsRead();
    }

    /** @return rows written to the destination */
    public long rowsWritten() {
        return destination.rowsWritten();
    }

    /** @return seconds between start and end, or 0 while running */
    public double durationSeconds() {
        return startTime == null || endTime == null ? 0 : Duration.between(startTime, endTime).toNanos() / 1e9;
    }
}
