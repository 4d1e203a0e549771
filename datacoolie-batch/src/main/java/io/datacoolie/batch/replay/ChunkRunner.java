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
import io.datacoolie.batch.exec.Planning;
import io.datacoolie.batch.exec.Retry;
import io.datacoolie.batch.exec.TransferResult;
import io.datacoolie.batch.exec.Values;
import io.datacoolie.batch.exec.Watermarks;
import io.datacoolie.batch.exec.Window;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Runs one replay chunk exactly once: skips it when the ledger says it is done, refuses it while an earlier chunk is
 * not done (chunks of a dataflow are strictly sequential), else reads and writes it and marks it done in the same
 * destination transaction, then (with save_watermark) saves its upper bound as an exclusive watermark.
 */
public final class ChunkRunner {
    /** Exit status of a chunk found already done. */
    public static final String ALREADY_DONE = "ALREADY_DONE";

    private final JobRun run;
    private final DataFlow df;

    /** @param run the job execution */
    public ChunkRunner(JobRun run) {
        this.run = run;
        this.df = run.dataflow();
    }

    /**
     * @param replayId the stored replay
     * @param index the chunk
     * @return the chunk's final status name
     * @throws Exception when the chunk failed or may not run yet: the partition must end FAILED so that a restart
     *     runs it again
     */
    public String run(String replayId, int index) throws Exception {
        ReplayStore store = run.replayStore();
        StoredReplay replay = store.loadChunk(replayId, index); // this chunk and its predecessor, not the plan
        StoredChunk chunk = last(replay);
        if (chunk.isDone()) {
            catchUpWatermark(replay, chunk);
            report(alreadyDone(chunk));
            return ALREADY_DONE;
        }
        if (!replay.predecessorsDone(index)) {
            int blocker = store.firstUndone(replayId);
            throw new ChunkNotRunException("Dataflow '" + df.displayName() + "': " + describe(chunk)
                    + " was not run because chunk " + blocker + " did not complete. Fix the cause and run the same"
                    + " replay again: it resumes at chunk " + blocker + ".");
        }
        run.resources().observer().started(df, index);
        if (replay.saveWatermark() && coveredByWatermark(replay, chunk)) {
            return finish(store, replay, chunk, null, UUID.randomUUID().toString(), Instant.now(), 0, "covered");
        }
        return attempt(store, replay, chunk);
    }

    private static StoredChunk last(StoredReplay replay) {
        return replay.chunks().get(replay.chunks().size() - 1);
    }

    private String attempt(ReplayStore store, StoredReplay replay, StoredChunk chunk) throws Exception {
        String runId = UUID.randomUUID().toString();
        Instant start = Instant.now();
        RunConfig cfg = run.resources().runConfig();
        Window w = Window.chunk(replay.chunkColumn(), Planning.parseBound(chunk.start()),
                Planning.parseBound(chunk.end()), zone());
        Retry.Outcome<TransferResult> out = Retry.run(cfg.retryCount(), cfg.retryDelay(), () -> transfer(store,
                replay, chunk, w, runId));
        if (out.error() != null) {
            store.markFailed(replay.replayId(), chunk.index(), runId);
            DataFlowRuntimeInfo info = info(chunk, runId, start, DataFlowStatus.FAILED, message(out.error()),
                    out.retries(), null);
            log(info);
            throw new DataCoolieException(info.errorMessage(), out.error());
        }
        if (out.value() == null) {
            report(alreadyDone(last(store.loadChunk(replay.replayId(), chunk.index()))));
            return ALREADY_DONE;
        }
        return finish(store, replay, chunk, out.value(), runId, start, out.retries(),
                out.value().rowsRead() == 0 ? "skipped" : "succeeded");
    }

    /** @return null when another runner completed the chunk meanwhile */
    private TransferResult transfer(ReplayStore store, StoredReplay replay, StoredChunk chunk, Window w, String runId)
            throws SQLException {
        try (Connection src = run.resources().dataSource(df.source().connection()).getConnection();
                Connection dst = run.destination().getConnection()) {
            dst.setAutoCommit(false);
            try {
                TransferResult r = run.resources().transfer().transfer(src, dst, df, w, runId);
                String status = r.rowsRead() == 0 ? "skipped" : "succeeded";
                if (!ReplayStore.markDone(dst, replay.replayId(), chunk.index(), status, runId, r.rowsRead(),
                        r.rowsWritten())) {
                    dst.rollback();
                    return null;
                }
                dst.commit();
                return r;
            } catch (SQLException | RuntimeException e) {
                dst.rollback();
                throw e;
            }
        }
    }

    private String finish(ReplayStore store, StoredReplay replay, StoredChunk chunk, TransferResult r, String runId,
            Instant start, int retries, String status) throws SQLException {
        if ("covered".equals(status)) {
            try (Connection dst = run.destination().getConnection()) {
                dst.setAutoCommit(false);
                ReplayStore.markDone(dst, replay.replayId(), chunk.index(), status, runId, 0, 0);
                dst.commit();
            }
        }
        if (replay.saveWatermark() && !coveredByWatermark(replay, chunk)) {
            saveWatermark(replay, chunk, runId); // never moves a watermark back
        }
        DataFlowStatus s = "succeeded".equals(status) ? DataFlowStatus.SUCCEEDED : DataFlowStatus.SKIPPED;
        log(info(chunk, runId, start, s, null, retries, r));
        return status;
    }

    private void saveWatermark(StoredReplay replay, StoredChunk chunk, String runId) {
        Map<String, Object> wm = Watermarks.decode(run.resources().watermarks().get(df.dataflowId()).orElse(null));
        Map<String, Object> next = new LinkedHashMap<>(wm);
        String key = Watermarks.key(df, replay.chunkColumn());
        next.put(key, Planning.parseBound(chunk.end()));
        Set<String> exclusive = new LinkedHashSet<>(Watermarks.exclusiveColumns(wm));
        exclusive.add(key);
        next.put(Watermarks.EXCLUSIVE, exclusive);
        run.resources().watermarks().put(df.dataflowId(), Watermarks.encode(next),
                run.resources().runConfig().jobId(), runId);
    }

    /** A chunk committed before a crash that hit before its watermark was saved: save it now. */
    private void catchUpWatermark(StoredReplay replay, StoredChunk chunk) {
        if (replay.saveWatermark() && !coveredByWatermark(replay, chunk)) {
            saveWatermark(replay, chunk, chunk.dataflowRunId() == null ? UUID.randomUUID().toString()
                    : chunk.dataflowRunId());
        }
    }

    private boolean coveredByWatermark(StoredReplay replay, StoredChunk chunk) {
        Object stored = Watermarks.decode(run.resources().watermarks().get(df.dataflowId()).orElse(null))
                .get(Watermarks.key(df, replay.chunkColumn()));
        Object end = Planning.parseBound(chunk.end());
        try {
            return stored != null && Values.compare(end, stored) <= 0;
        } catch (ClassCastException differentKinds) {
            return false; // a watermark of another kind (e.g. written by incremental runs) says nothing
        }
    }

    private DataFlowRuntimeInfo info(StoredChunk chunk, String runId, Instant start, DataFlowStatus status,
            String error, int retries, TransferResult r) {
        Instant end = Instant.now();
        SourceRuntimeInfo src = r == null ? null : new SourceRuntimeInfo(new PhaseRuntime(DataFlowStatus.SUCCEEDED,
                start, end, null), r.rowsRead(), r.sql(), r.binds(), Map.of(), Map.of(), r.maxima());
        DestinationRuntimeInfo dst = r == null ? null : new DestinationRuntimeInfo(new PhaseRuntime(
                DataFlowStatus.SUCCEEDED, start, end, null), df.destination().loadType().wireName(), r.rowsWritten(),
                r.rowsWritten(), 0, r.rowsDeleted());
        return new DataFlowRuntimeInfo(df.dataflowId(), df.displayName(), runId, OperationType.REPLAY, chunk.index(),
                chunk.start(), chunk.end(), status, start, end, error, retries, src, null, dst);
    }

    private DataFlowRuntimeInfo alreadyDone(StoredChunk c) {
        Instant now = Instant.now();
        return new DataFlowRuntimeInfo(df.dataflowId(), df.displayName(),
                c.dataflowRunId() == null ? "none" : c.dataflowRunId(), OperationType.REPLAY, c.index(), c.start(),
                c.end(), DataFlowStatus.SKIPPED, now, now, null, 0, null, null, null);
    }

    private void log(DataFlowRuntimeInfo info) {
        run.resources().etlLog().write(df, info);
        report(info);
    }

    private void report(DataFlowRuntimeInfo info) {
        run.resources().observer().finished(df, info);
    }

    private ZoneId zone() {
        String z = run.param(io.datacoolie.batch.JobParameters.ZONE);
        return z == null ? null : ZoneId.of(z);
    }

    private String describe(StoredChunk c) {
        return "chunk " + c.index() + " [" + c.start() + ", " + c.end() + ")";
    }

    private String message(Throwable e) {
        return "Dataflow '" + df.displayName() + "': chunk " + "failed: " + e.getMessage();
    }
}
