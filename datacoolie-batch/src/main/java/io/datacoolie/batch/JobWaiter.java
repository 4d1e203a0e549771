package io.datacoolie.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.util.Optional;

/** Waits for a job execution to end. */
final class JobWaiter {
    private JobWaiter() {
    }

    /**
     * @param op the operator
     * @param id the execution
     * @param params its job parameters
     * @return the exit status when the execution did not complete
     */
    /** The status turns final before JBeret's after-job work and last repository update: wait for those too. */
    private static void settle(JobExecution e, long id, java.util.Properties params) {
        try {
            if (e instanceof org.jberet.runtime.JobExecutionImpl) {
                ((org.jberet.runtime.JobExecutionImpl) e).awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            long deadline = System.currentTimeMillis() + 60_000;
            while (io.datacoolie.batch.exec.JobRun.find(id, params).isPresent() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    static Optional<String> await(JobOperator op, long id, java.util.Properties params) {
        while (true) {
            JobExecution e = op.getJobExecution(id);
            BatchStatus s = e.getBatchStatus();
            if (s == BatchStatus.COMPLETED) {
                settle(e, id, params);
                return Optional.empty();
            }
            if (s == BatchStatus.FAILED || s == BatchStatus.STOPPED || s == BatchStatus.ABANDONED) {
                settle(e, id, params);
                String exit = e.getExitStatus();
                return Optional.of(exit == null || exit.isBlank() ? "Job execution " + id + " ended " + s
                        : exit.startsWith("FAILED: ") ? exit.substring(8) : exit);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                return Optional.of("Interrupted while waiting for job execution " + id);
            }
        }
    }
}
