package io.datacoolie.batch.cli;

import io.datacoolie.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code datacoolie restart ID}: restarts a failed or stopped execution through the job operator. Its chunk plan is
 * read back from the destination, and only unfinished chunks run.
 */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restart a failed, stopped or crashed execution by id; only its unfinished chunks run.")
public final class RestartCommand implements Callable<Integer> {
    @Mixin
    StateOptions state;

    @Parameters(paramLabel = "EXECUTION_ID", description = "The execution to restart (see 'datacoolie status').")
    long executionId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (BatchRuntime rt = state.runtime()) {
            Properties p = new Properties();
            // An execution left STARTED by a dead process is taken as failed in a new JVM (JBeret's detect mode).
            p.setProperty("jberet.restart.mode", "detect");
            long id;
            try {
                id = rt.operator().restart(executionId, p);
            } catch (jakarta.batch.operations.NoSuchJobExecutionException e) {
                throw new io.datacoolie.api.InvalidDataflowException("Execution " + executionId + " is not in the job"
                        + " repository under " + state.stateDir + ". List executions with 'datacoolie status'.");
            } catch (jakarta.batch.operations.JobRestartException | jakarta.batch.operations.JobExecutionAlreadyCompleteException
                    | jakarta.batch.operations.JobExecutionNotMostRecentException e) {
                throw new io.datacoolie.api.InvalidDataflowException("Execution " + executionId + " cannot be"
                        + " restarted: " + e.getMessage() + ". Restart the most recent failed execution, or run the"
                        + " same replay command again.");
            }
            JobExecution e;
            do {
                Thread.sleep(100);
                e = rt.operator().getJobExecution(id);
            } while (!e.getBatchStatus().equals(BatchStatus.COMPLETED) && !e.getBatchStatus().equals(BatchStatus.FAILED)
                    && !e.getBatchStatus().equals(BatchStatus.STOPPED) && !e.getBatchStatus().equals(BatchStatus.ABANDONED));
            if (e instanceof org.jberet.runtime.JobExecutionImpl impl) {
                impl.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            spec.commandLine().getOut().println("Execution " + id + " (restart of " + executionId + "): "
                    + e.getBatchStatus() + (e.getExitStatus() == null ? "" : " " + e.getExitStatus()));
            spec.commandLine().getOut().flush();
            return e.getBatchStatus() == BatchStatus.COMPLETED ? Main.OK : Main.FAILED;
        }
    }
}
