package io.datacoolie.batch.replay;

import io.datacoolie.api.DataCoolieException;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.RunConfig;
import io.datacoolie.api.run.DataFlowRuntimeInfo;
import io.datacoolie.api.run.DataFlowStatus;
import io.datacoolie.api.run.DestinationRuntimeInfo;
import io.datacoolie.api.run.OperationType;
import io.datacoolie.api.run.PhaseRuntime;
import io.datacoolie.api.run.SourceRuntimeInfo;
import io.datacoolie.batch.exec.JobRun;
import io.datacoolie.batch.exec.Retry;
import io.datacoolie.batch.exec.TransferResult;
import io.datacoolie.batch.exec.Watermarks;
import io.datacoolie.batch.exec.Window;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One incremental run (SPEC §3): reads rows above the stored watermark (look-back applied; columns saved as an
 * exclusive replay bound read with {@code >=}), writes them in one destination transaction with retries, and saves
 * the per-column maxima only after the write committed. A run that reads nothing is SKIPPED and saves nothing.
 */
@Named("datacoolieRunBatchlet")
@Dependent
public class RunBatchlet extends AbstractBatchlet {
    @Inject
    JobContext jobContext;

    @Override
    public String process() throws Exception {
        JobRun run = JobRun.of(jobContext.getExecutionId(), jobContext.getProperties());
        DataFlow df = run.dataflow();
        run.resources().observer().started(df, -1);
        Map<String, Object> stored = Watermarks.decode(run.resources().watermarks().get(df.dataflowId()).orElse(null));
        Map<String, Object> before = new LinkedHashMap<>(stored);
        before.remove(Watermarks.EXCLUSIVE);
        Window w = Window.incremental(stored, df.source().backward(), run.resources().clock());
        Map<String, Object> effective = w.lower();
        String runId = UUID.randomUUID().toString();
        Instant start = Instant.now();
        RunConfig cfg = run.resources().runConfig();
        Retry.Outcome<TransferResult> out = Retry.run(cfg.retryCount(), cfg.retryDelay(), () -> {
            try (Connection src = run.resources().dataSource(df.source().connection()).getConnection();
                    Connection dst = run.destination().getConnection()) {
                dst.setAutoCommit(false);
                try {
                    TransferResult r = run.resources().transfer().transfer(src, dst, df, w, runId);
                    dst.commit();
                    return r;
                } catch (Exception e) {
                    dst.rollback();
                    throw e;
                }
            }
        });
        Instant end = Instant.now();
        TransferResult r = out.value();
        DataFlowStatus status = out.error() != null ? DataFlowStatus.FAILED
                : r.rowsRead() == 0 ? DataFlowStatus.SKIPPED : DataFlowStatus.SUCCEEDED;
        if (status == DataFlowStatus.SUCCEEDED) {
            Map<String, Object> next = new LinkedHashMap<>(before); // read with > from now on: marker dropped
            r.maxima().forEach((k, v) -> {
                if (v != null) {
                    next.put(Watermarks.key(df, k), v);
                }
            });
            run.resources().watermarks().put(df.dataflowId(), Watermarks.encode(next), cfg.jobId(), runId);
        }
        String error = out.error() == null ? null : "Dataflow '" + df.displayName() + "': " + out.error().getMessage();
        SourceRuntimeInfo src = r == null ? null : new SourceRuntimeInfo(new PhaseRuntime(DataFlowStatus.SUCCEEDED,
                start, end, null), r.rowsRead(), r.sql(), r.binds(), before, effective, r.maxima());
        DestinationRuntimeInfo dst = r == null ? null : new DestinationRuntimeInfo(new PhaseRuntime(
                DataFlowStatus.SUCCEEDED, start, end, null), df.destination().loadType().wireName(), r.rowsWritten(),
                r.rowsWritten(), 0, r.rowsDeleted());
        DataFlowRuntimeInfo info = new DataFlowRuntimeInfo(df.dataflowId(), df.displayName(), runId,
                OperationType.ETL, null, null, null, status, start, end, error, out.retries(), src, null, dst);
        run.resources().etlLog().write(df, info);
        run.resources().observer().finished(df, info);
        if (out.error() != null) {
            throw new DataCoolieException(error, out.error());
        }
        return status.wireName();
    }
}
