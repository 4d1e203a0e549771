package io.datacoolie.batch.replay;

import io.datacoolie.api.DataFlow;
import io.datacoolie.batch.JobParameters;
import io.datacoolie.batch.exec.JobRun;
import io.datacoolie.batch.exec.ResourceRegistry;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Opens the job execution's {@link JobRun} and takes the destination lease before any chunk runs; afterwards marks
 * a finished replay completed and releases everything.
 */
@Named("datacoolieJobListener")
@Dependent
public class DataCoolieJobListener implements JobListener {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DataCoolieJobListener.class);

    @Inject
    JobContext jobContext;

    @Override
    public void beforeJob() {
        try {
            JobRun run = JobRun.of(jobContext.getExecutionId(), jobContext.getProperties());
            run.acquireLease(jobContext.getJobName().equals(JobParameters.REPLAY_JOB) ? "replay" : "run");
        } catch (RuntimeException e) {
            DataFlow df = JobRun.find(jobContext.getExecutionId(), jobContext.getProperties()).map(JobRun::dataflow).orElse(null);
            ResourceRegistry.find(jobContext.getProperties().getProperty(JobParameters.CONTEXT))
                    .ifPresent(r -> r.observer().jobFailed(df, e.getMessage()));
            jobContext.setExitStatus("FAILED: " + e.getMessage());
            JobRun.find(jobContext.getExecutionId(), jobContext.getProperties()).ifPresent(JobRun::close);
            throw e;
        }
    }

    @Override
    public void afterJob() {
        JobRun.find(jobContext.getExecutionId(), jobContext.getProperties()).ifPresent(run -> {
            try {
                if (jobContext.getJobName().equals(JobParameters.REPLAY_JOB)
                        && jobContext.getBatchStatus() != BatchStatus.FAILED) {
                    String id = run.param(JobParameters.REPLAY_ID);
                    var store = run.replayStore();
                    var replay = id != null ? java.util.Optional.of(store.load(id))
                            : store.findByJobInstance(jobContext.getInstanceId());
                    replay.ifPresent(r -> store.completeIfDone(r.replayId()));
                } else if (jobContext.getJobName().equals(JobParameters.REPLAY_JOB)) {
                    String id = run.param(JobParameters.REPLAY_ID);
                    if (id != null) {
                        run.replayStore().completeIfDone(id);
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not finish the bookkeeping of job execution {}: {}", jobContext.getExecutionId(),
                        e.getMessage());
            } finally {
                run.close();
            }
        });
    }
}
