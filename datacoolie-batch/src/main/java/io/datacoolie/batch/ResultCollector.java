package io.datacoolie.batch;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.run.DataFlowOutcome;
import io.datacoolie.api.run.DataFlowRuntimeInfo;
import io.datacoolie.api.run.DataFlowStatus;
import io.datacoolie.batch.exec.RunObserver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Collects each dataflow's run records as its job executes, and forwards events to the user's observer. */
final class ResultCollector implements RunObserver {
    private final Map<String, List<DataFlowRuntimeInfo>> runs = new ConcurrentHashMap<>();
    private final Map<String, String> jobErrors = new ConcurrentHashMap<>();
    private final RunObserver forward;

    ResultCollector(RunObserver forward) {
        this.forward = forward;
    }

    @Override
    public void planned(DataFlow dataflow, int chunks, int done) {
        forward.planned(dataflow, chunks, done);
    }

    @Override
    public void started(DataFlow dataflow, int chunkIndex) {
        forward.started(dataflow, chunkIndex);
    }

    @Override
    public void finished(DataFlow dataflow, DataFlowRuntimeInfo run) {
        runs.computeIfAbsent(dataflow.dataflowId(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(run);
        forward.finished(dataflow, run);
    }

    @Override
    public void jobFailed(DataFlow dataflow, String message) {
        if (dataflow != null) {
            jobErrors.put(dataflow.dataflowId(), message);
        }
        forward.jobFailed(dataflow, message);
    }

    void jobError(DataFlow df, String message) {
        jobErrors.putIfAbsent(df.dataflowId(), message);
    }

    DataFlowOutcome outcome(DataFlow df, int planned) {
        List<DataFlowRuntimeInfo> list = new ArrayList<>(runs.getOrDefault(df.dataflowId(), List.of()));
        list.sort(Comparator.comparing(r -> r.chunkIndex() == null ? 0 : r.chunkIndex()));
        String error = list.stream().filter(r -> r.status() == DataFlowStatus.FAILED).map(
                DataFlowRuntimeInfo::errorMessage).findFirst().orElse(jobErrors.get(df.dataflowId()));
        DataFlowStatus status = error != null ? DataFlowStatus.FAILED
                : list.stream().anyMatch(r -> r.status() == DataFlowStatus.SUCCEEDED) ? DataFlowStatus.SUCCEEDED
                : list.isEmpty() ? DataFlowStatus.PENDING : DataFlowStatus.SKIPPED;
        return new DataFlowOutcome(df.dataflowId(), df.displayName(), status, planned, list, error);
    }
}
