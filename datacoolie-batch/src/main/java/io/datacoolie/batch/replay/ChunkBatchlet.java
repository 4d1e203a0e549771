package io.datacoolie.batch.replay;

import io.datacoolie.batch.exec.JobRun;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One replay chunk as a partition of the {@code replay-chunks} step; see {@link ChunkRunner}. */
@Named("datacoolieChunkBatchlet")
@Dependent
public class ChunkBatchlet extends AbstractBatchlet {
    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty(name = "replay.id")
    String replayId;

    @Inject
    @BatchProperty(name = "chunk.index")
    String chunkIndex;

    @Override
    public String process() throws Exception {
        JobRun run = JobRun.of(jobContext.getExecutionId(), jobContext.getProperties());
        return new ChunkRunner(run).run(replayId, Integer.parseInt(chunkIndex));
    }
}
