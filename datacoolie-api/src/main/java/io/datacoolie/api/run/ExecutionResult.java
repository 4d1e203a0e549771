package io.datacoolie.api.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@code run} or {@code runReplay}. For a replay the counters count <b>chunks</b>, as the seed
 * document says: {@code total} is the number of planned chunks over all dataflows; a chunk that read no rows is
 * skipped; a chunk not run because an earlier chunk of its dataflow failed is pending. For an incremental run they
 * count dataflow runs.
 *
 * @param total planned chunks (replay) or dataflows (run)
 * @param succeeded chunks or runs that wrote their rows
 * @param failed chunks or runs that failed
 * @param skipped chunks or runs that read no rows, or that an earlier replay already covered
 * @param pending chunks or runs that never ran
 * @param dataflows each dataflow's outcome, in input order
 * @param durationSeconds wall time of the whole call
 */
public record ExecutionResult(int total, int succeeded, int failed, int skipped, int pending,
        List<DataFlowOutcome> dataflows, double durationSeconds) {

    /** Copies. */
    public ExecutionResult {
        dataflows = dataflows == null ? List.of() : List.copyOf(dataflows);
    }

    /**
     * Sums per-dataflow outcomes. For each dataflow, planned chunks that have no run record count as pending.
     *
     * @param outcomes the outcomes
     * @param durationSeconds wall time
     * @return the result
     */
    public static ExecutionResult of(List<DataFlowOutcome> outcomes, double durationSeconds) {
        int total = 0, ok = 0, bad = 0, skip = 0;
        for (DataFlowOutcome o : outcomes) {
            total += Math.max(o.plannedChunks(), o.runs().size());
            ok += o.count(DataFlowStatus.SUCCEEDED);
            bad += o.count(DataFlowStatus.FAILED);
            skip += o.count(DataFlowStatus.SKIPPED);
        }
        return new ExecutionResult(total, ok, bad, skip, total - ok - bad - skip, outcomes, durationSeconds);
    }

    /** @return true when a chunk or run failed */
    public boolean hasFailures() {
        return failed > 0;
    }

    /** @return dataflow id to its first error message, for the dataflows that failed */
    public Map<String, String> errors() {
        Map<String, String> m = new LinkedHashMap<>();
        dataflows.stream().filter(o -> o.errorMessage() != null).forEach(o -> m.put(o.dataflowId(), o.errorMessage()));
        return m;
    }

    /** @return the sum of rows read */
    public long rowsRead() {
        return dataflows.stream().mapToLong(DataFlowOutcome::rowsRead).sum();
    }

    /** @return the sum of rows written */
    public long rowsWritten() {
        return dataflows.stream().mapToLong(DataFlowOutcome::rowsWritten).sum();
    }
}
