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
    /** The EXITSTATUS column of JBeret's job repository tables is VARCHAR(512). */
    static final int MAX_EXIT_STATUS = 512;

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
            jobContext.setExitStatus(failedStatus(e.getMessage()));
            JobRun.find(jobContext.getExecutionId(), jobContext.getProperties()).ifPresent(JobRun::close);
            throw e;
        }
    }

    /**
     * JBeret's job repository keeps at most {@value #MAX_EXIT_STATUS} characters of exit status, and a longer one fails
     * the execution's last update (a caller waiting for it then waits until its timeout): shorten it, log it whole.
     */
    static String failedStatus(String message) {
        String status = "FAILED: " + message;
        if (status.length() <= MAX_EXIT_STATUS) {
            return status;
        }
        LOG.error("{}", message);
        String more = " ... (cut; the whole message is in the log)";
        return status.substring(0, MAX_EXIT_STATUS - more.length()) + more;
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
