package io.datacoolie.api.run;

import java.util.List;
import java.util.Objects;

/**
 * How one dataflow ended within a run or replay: its overall status and the record of each run or chunk.
 *
 * @param dataflowId the dataflow
 * @param dataflowName its display name
 * @param status FAILED if any run failed, else SUCCEEDED if any succeeded, else SKIPPED; PENDING if nothing ran
 * @param plannedChunks the chunks the replay had to cover (1 for an incremental run)
 * @param runs the records, in chunk order, never null
 * @param errorMessage the first failure's message, or null
 */
public record DataFlowOutcome(String dataflowId, String dataflowName, DataFlowStatus status, int plannedChunks,
        List<DataFlowRuntimeInfo> runs, String errorMessage) {

    /** Validates and copies. */
    public DataFlowOutcome {
        Objects.requireNonNull(dataflowId, "dataflowId");
        Objects.requireNonNull(status, "status");
        runs = runs == null ? List.of() : List.copyOf(runs);
    }

    /**
     * @param s a status
     * @return how many runs ended with it
     */
    public int count(DataFlowStatus s) {
        return (int) runs.stream().filter(r -> r.status() == s).count();
    }

    /** @return the sum of rows read over all runs */
    public long rowsRead() {
        return runs.stream().mapToLong(DataFlowRuntimeInfo::rowsRead).sum();
    }

    /** @return the sum of rows written over all runs */
    public long rowsWritten() {
        return runs.stream().mapToLong(DataFlowRuntimeInfo::rowsWritten).sum();
    }
}
