package io.datacoolie.batch.log;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.datacoolie.api.DataCoolieException;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.run.DataFlowRuntimeInfo;
import io.datacoolie.api.run.DataFlowStatus;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The ETL log of one job session, as JSON lines laid out as the original's (reference §4.4):
 * {@code <base>/etl_logs/debug_json/job_run_log/__run_date=D/job_<stem>.jsonl} receives one
 * {@code dataflow_run_log} line per run or replay chunk as it ends, then the {@code job_run_log} summary on close;
 * {@code <base>/etl_logs/analyst/job_run_log/__run_date=D/job_<stem>.jsonl} receives the summary alone.
 * Thread-safe.
 */
public final class EtlLog implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private final JobSummary summary;
    private final Path debugFile;
    private final Path analystFile;
    private final List<DataFlowRuntimeInfo> records = new ArrayList<>();
    private boolean closed;

    /**
     * @param base the log base directory
     * @param summary the job's settings, completed from the records on close
     */
    public EtlLog(Path base, JobSummary summary) {
        this.summary = summary;
        Instant now = summary.startTime();
        String stem = STAMP.format(now) + "_" + summary.jobNum() + "_" + summary.jobIndex() + "_" + summary.jobId();
        String part = "__run_date=" + DAY.format(now);
        this.debugFile = base.resolve("etl_logs/debug_json/job_run_log").resolve(part).resolve("job_" + stem + ".jsonl");
        this.analystFile = base.resolve("etl_logs/analyst/job_run_log").resolve(part).resolve("job_" + stem + ".jsonl");
    }

    /** @return the debug JSONL file */
    public Path file() {
        return debugFile;
    }

    /**
     * Appends one {@code dataflow_run_log} record.
     *
     * @param dataflow the dataflow (its snapshot goes into the record)
     * @param run the run or chunk record
     */
    public synchronized void write(DataFlow dataflow, DataFlowRuntimeInfo run) {
        records.add(run);
        append(debugFile, RunRecords.dataflowRecord(summary.jobId(), dataflow, run));
    }

    private void append(Path file, Map<String, Object> record) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                w.write(json.writeValueAsString(record));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new DataCoolieException("Cannot write the ETL log '" + file + "': " + e.getMessage()
                    + ". Choose a writable directory with --log-path.", e);
        }
    }

    /** Writes the {@code job_run_log} summary. Later calls do nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Map<String, Object> s = summaryRecord();
        append(debugFile, s);
        append(analystFile, s);
    }

    private Map<String, Object> summaryRecord() {
        Instant end = Instant.now();
        Map<String, Object> m = new LinkedHashMap<>(summary.toRecord());
        m.put("end_time", end.toString());
        m.put("duration_seconds", (end.toEpochMilli() - summary.startTime().toEpochMilli()) / 1000.0);
        int ok = count(DataFlowStatus.SUCCEEDED);
        int failed = count(DataFlowStatus.FAILED);
        int skipped = count(DataFlowStatus.SKIPPED);
        m.put("status", failed > 0 ? "failed" : ok > 0 ? "succeeded" : skipped > 0 ? "skipped" : "pending");
        List<String> errors = new ArrayList<>();
        records.stream().filter(r -> r.status() == DataFlowStatus.FAILED)
                .forEach(r -> errors.add(r.dataflowName() + ": " + r.errorMessage()));
        m.put("error_message", errors.isEmpty() ? null : String.join("; ", errors));
        m.put("total_dataflows", records.size());
        m.put("total_succeeded", ok);
        m.put("total_failed", failed);
        m.put("total_skipped", skipped);
        m.put("total_running", 0);
        m.put("total_pending", count(DataFlowStatus.PENDING));
        LinkedHashSet<String> ops = new LinkedHashSet<>();
        records.forEach(r -> ops.add(r.operationType().wireName()));
        m.put("operation_types", List.copyOf(ops));
        m.put("total_rows_read", records.stream().mapToLong(DataFlowRuntimeInfo::rowsRead).sum());
        m.put("total_rows_written", records.stream().mapToLong(DataFlowRuntimeInfo::rowsWritten).sum());
        m.put("total_rows_inserted", records.stream().mapToLong(r -> r.destination().rowsInserted()).sum());
        m.put("total_rows_updated", records.stream().mapToLong(r -> r.destination().rowsUpdated()).sum());
        m.put("total_rows_deleted", records.stream().mapToLong(r -> r.destination().rowsDeleted()).sum());
        return m;
    }

    private int count(DataFlowStatus s) {
        return (int) records.stream().filter(r -> r.status() == s).count();
    }
}
