package io.datacoolie.examples.appserver;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/** Waits for job executions to end and describes them, steps included, as JSON-ready maps. */
final class Executions {

    private static final Set<BatchStatus> TERMINAL =
            EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);
    private static final long POLL_MILLIS = 100;

    private final JobOperator operator;

    Executions(JobOperator operator) {
        this.operator = operator;
    }

    /** Polls until the execution reaches a terminal batch status or the timeout passes; returns the last status. */
    BatchStatus awaitEnd(long executionId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        BatchStatus status = operator.getJobExecution(executionId).getBatchStatus();
        while (!TERMINAL.contains(status) && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
            status = operator.getJobExecution(executionId).getBatchStatus();
        }
        return status;
    }

    Map<String, Object> describe(long executionId) {
        JobExecution execution = operator.getJobExecution(executionId);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("executionId", execution.getExecutionId());
        out.put("instanceId", operator.getJobInstance(executionId).getInstanceId());
        out.put("jobName", execution.getJobName());
        out.put("batchStatus", String.valueOf(execution.getBatchStatus()));
        out.put("exitStatus", execution.getExitStatus());
        out.put("startTime", iso(execution.getStartTime()));
        out.put("endTime", iso(execution.getEndTime()));
        out.put("parameters", sorted(execution.getJobParameters()));
        // Which runtime answered: the server's operator, never an embedded JBeret SE one.
        out.put("operator", operator.getClass().getName());
        out.put("steps", steps(executionId));
        return out;
    }

    private List<Map<String, Object>> steps(long executionId) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (StepExecution step : operator.getStepExecutions(executionId)) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("stepExecutionId", step.getStepExecutionId());
            s.put("stepName", step.getStepName());
            s.put("batchStatus", String.valueOf(step.getBatchStatus()));
            s.put("exitStatus", step.getExitStatus());
            Map<String, Long> metrics = new TreeMap<>();
            for (Metric m : step.getMetrics()) {
                metrics.put(m.getType().name(), m.getValue());
            }
            s.put("metrics", metrics);
            s.put("partitions", Partitions.of(operator, step));
            steps.add(s);
        }
        return steps;
    }

    private static Map<String, String> sorted(Properties properties) {
        Map<String, String> out = new TreeMap<>();
        if (properties != null) {
            properties.stringPropertyNames().forEach(k -> out.put(k, properties.getProperty(k)));
        }
        return out;
    }

    private static String iso(Date date) {
        return date == null ? null : date.toInstant().toString();
    }
}
