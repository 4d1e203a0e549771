package io.datacoolie.batch.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datacoolie.batch.JobParameters;
import io.datacoolie.batch.runtime.BatchRuntime;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code datacoolie status}: job executions and their chunks, from the job repository. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "List replay and run executions with their chunks (partitions) from the job repository.")
public final class StatusCommand implements Callable<Integer> {
    @Mixin
    StateOptions state;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Most recent job instances per job. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (BatchRuntime rt = state.runtime()) {
            JobOperator op = rt.operator();
            for (String job : List.of(JobParameters.REPLAY_JOB, JobParameters.RUN_JOB)) {
                List<JobInstance> instances;
                try {
                    instances = op.getJobInstances(job, 0, limit);
                } catch (jakarta.batch.operations.NoSuchJobException none) {
                    continue;
                }
                for (JobInstance i : instances) {
                    for (JobExecution e : op.getJobExecutions(i)) {
                        rows.add(row(rt, op, e));
                    }
                }
            }
        }
        rows.sort((a, b) -> Long.compare((Long) b.get("execution_id"), (Long) a.get("execution_id")));
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, Map.of("executions", rows));
            out.println();
        } else if (rows.isEmpty()) {
            out.println("No executions in the job repository under " + state.stateDir + ".");
        } else {
            String line = "%-6s %-18s %-24s %-36s %-10s %-24s %s%n";
            out.printf(line, "ID", "JOB", "NAME", "DATAFLOW", "STATUS", "STARTED", "CHUNKS");
            for (Map<String, Object> r : rows) {
                Object name = r.get("dataflow_name");
                out.printf(line, r.get("execution_id"), r.get("job"), name == null ? "-" : name, r.get("dataflow"),
                        r.get("status"), r.get("start_time"), r.get("chunks_summary"));
            }
        }
        out.flush();
        return Main.OK;
    }

    private static Map<String, Object> row(BatchRuntime rt, JobOperator op, JobExecution e) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("execution_id", e.getExecutionId());
        r.put("job", e.getJobName());
        java.util.Properties p = e.getJobParameters() == null ? new java.util.Properties() : e.getJobParameters();
        r.put("dataflow", p.getProperty(JobParameters.DATAFLOW));
        // null for executions started before the name was recorded
        r.put("dataflow_name", p.getProperty(JobParameters.DATAFLOW_NAME));
        r.put("range", p.getProperty(JobParameters.START) == null ? null
                : "[" + p.getProperty(JobParameters.START) + ", " + p.getProperty(JobParameters.END) + ")");
        r.put("status", e.getBatchStatus().name());
        r.put("exit_status", e.getExitStatus());
        r.put("start_time", e.getStartTime() == null ? null : e.getStartTime().toInstant().toString());
        r.put("end_time", e.getEndTime() == null ? null : e.getEndTime().toInstant().toString());
        List<Map<String, Object>> chunks = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (StepExecution s : op.getStepExecutions(e.getExecutionId())) {
            SortedMap<Integer, String> parts = rt.partitions(s);
            parts.forEach((i, st) -> {
                chunks.add(Map.of("index", i, "status", st));
                counts.merge(st, 1, Integer::sum);
            });
        }
        r.put("chunks", chunks);
        r.put("chunks_summary", counts.isEmpty() ? "-" : counts.toString());
        return r;
    }
}
