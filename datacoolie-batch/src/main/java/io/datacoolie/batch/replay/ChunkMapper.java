package io.datacoolie.batch.replay;

import io.datacoolie.api.ReplayConfig;
import io.datacoolie.batch.JobParameters;
import io.datacoolie.batch.exec.JobRun;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.Properties;

/**
 * Maps a replay to one partition per chunk of its STORED plan. JBeret calls the mapper again on every restart; it
 * then reads the same stored plan back (by {@code replay_id}, or by the job instance that created it), so partition
 * indexes never change and {@code partitionsOverride=false} reruns only unfinished chunks.
 */
@Named("datacoolieChunkMapper")
@Dependent
public class ChunkMapper implements PartitionMapper {
    @Inject
    JobContext jobContext;

    @Override
    public PartitionPlan mapPartitions() {
        JobRun run = JobRun.of(jobContext.getExecutionId(), jobContext.getProperties());
        StoredReplay replay = resolve(run);
        int n = replay.chunks().size();
        Properties[] props = new Properties[n];
        for (StoredChunk c : replay.chunks()) {
            Properties p = new Properties();
            p.setProperty("replay.id", replay.replayId());
            p.setProperty("chunk.index", Integer.toString(c.index()));
            p.setProperty("chunk.start", c.start());
            p.setProperty("chunk.end", c.end());
            props[c.index()] = p;
        }
        run.resources().observer().planned(run.dataflow(), n,
                (int) replay.chunks().stream().filter(StoredChunk::isDone).count());
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(1);
        plan.setPartitionsOverride(false);
        plan.setPartitionProperties(props);
        return plan;
    }

    private StoredReplay resolve(JobRun run) {
        ReplayStore store = run.replayStore();
        String id = run.param(JobParameters.REPLAY_ID);
        if (id != null) {
            return store.load(id);
        }
        long instance = jobContext.getInstanceId();
        return store.findByJobInstance(instance).orElseGet(() -> {
            ReplayConfig cfg = ReplayConfig.builder(required(run, JobParameters.START), required(run, JobParameters.END))
                    .chunkInterval(run.param(JobParameters.CHUNK) == null ? null
                            : io.datacoolie.batch.exec.Steps.parse(run.param(JobParameters.CHUNK),
                                    run.dataflow().displayName()))
                    .saveWatermark(Boolean.parseBoolean(run.param(JobParameters.SAVE_WATERMARK)))
                    .chunkColumn(run.param(JobParameters.CHUNK_COLUMN))
                    .zone(run.param(JobParameters.ZONE) == null ? null : ZoneId.of(run.param(JobParameters.ZONE)))
                    .build();
            ReplaySubmission.Checked checked = ReplaySubmission.check(run.resources(), run.dataflow(), cfg);
            return ReplaySubmission.store(store, checked, Boolean.parseBoolean(run.param(JobParameters.FRESH)),
                    instance);
        });
    }

    private static String required(JobRun run, String key) {
        String v = run.param(key);
        if (v == null) {
            throw new io.datacoolie.api.InvalidDataflowException("Job parameter '" + key + "' is missing for the"
                    + " replay of dataflow '" + run.dataflow().displayName() + "'. Set it, e.g. start=2025-01-01.");
        }
        return v;
    }
}
