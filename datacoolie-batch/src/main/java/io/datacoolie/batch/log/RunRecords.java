package io.datacoolie.batch.log;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.Destination;
import io.datacoolie.api.Source;
import io.datacoolie.api.run.DataFlowRuntimeInfo;
import io.datacoolie.api.run.PhaseRuntime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flattens a dataflow and its run record into the original's {@code dataflow_run_log} fields (reference §4.2). */
final class RunRecords {
    private RunRecords() {
    }

    static Map<String, Object> dataflowRecord(String jobId, DataFlow df, DataFlowRuntimeInfo run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("_type", "dataflow_run_log");
        m.put("job_id", jobId);
        m.put("dataflow_id", df.dataflowId());
        m.put("workspace_id", df.workspaceId());
        m.put("dataflow_name", df.name());
        m.put("dataflow_description", df.description());
        m.put("stage", df.stage());
        m.put("group_number", df.groupNumber());
        m.put("execution_order", df.executionOrder());
        m.put("processing_mode", df.processingMode());
        m.put("is_active", df.active());
        source(m, df.source());
        m.put("transform_filter_expression", df.transform().filterExpression());
        m.put("transform_deduplicate_columns", empty(df.transform().deduplicateColumns()));
        destination(m, df.destination());
        m.put("dataflow_run_id", run.dataflowRunId());
        m.put("operation_type", run.operationType().wireName());
        m.put("chunk_index", run.chunkIndex());
        m.put("chunk_start", run.chunkStart());
        m.put("chunk_end", run.chunkEnd());
        m.put("start_time", str(run.startTime()));
        m.put("end_time", str(run.endTime()));
        m.put("duration_seconds", run.durationSeconds());
        double phases = run.source().phase().durationSeconds() + run.transform().phase().durationSeconds()
                + run.destination().phase().durationSeconds();
        m.put("overhead_duration_seconds", Math.round(Math.max(0, run.durationSeconds() - phases) * 1e6) / 1e6);
        m.put("status", run.status().wireName());
        m.put("error_message", run.errorMessage());
        m.put("retry_attempts", run.retryAttempts());
        phase(m, "source", run.source().phase());
        m.put("source_rows_read", run.source().rowsRead());
        m.put("source_sql", run.source().sql());
        m.put("source_binds", binds(run.source().binds()));
        m.put("source_watermark_before", plain(run.source().watermarkBefore()));
        m.put("source_watermark_effective", plain(run.source().watermarkEffective()));
        m.put("source_watermark_after", plain(run.source().watermarkAfter()));
        phase(m, "transform", run.transform().phase());
        m.put("transformers_applied", run.transform().transformersApplied());
        phase(m, "destination", run.destination().phase());
        m.put("destination_operation_type", run.destination().operationType());
        m.put("destination_rows_written", run.destination().rowsWritten());
        m.put("destination_rows_inserted", run.destination().rowsInserted());
        m.put("destination_rows_updated", run.destination().rowsUpdated());
        m.put("destination_rows_deleted", run.destination().rowsDeleted());
        return m;
    }

    private static void source(Map<String, Object> m, Source s) {
        m.put("source_id", s.connection().connectionId());
        m.put("source_name", s.connection().name());
        m.put("source_connection_type", s.connection().connectionType());
        m.put("source_format", s.connection().format());
        m.put("source_database", s.connection().database());
        m.put("source_schema", s.schemaName());
        m.put("source_table", s.table());
        m.put("source_query", s.query());
        m.put("source_watermark_columns", empty(s.watermarkColumns()));
        m.put("source_filter_expression", s.filterExpression());
    }

    private static void destination(Map<String, Object> m, Destination d) {
        m.put("destination_id", d.connection().connectionId());
        m.put("destination_name", d.connection().name());
        m.put("destination_database", d.connection().database());
        m.put("destination_schema", d.schemaName());
        m.put("destination_table", d.table());
        m.put("destination_load_type", d.loadType().wireName());
        m.put("destination_merge_keys", empty(d.mergeKeys()));
    }

    private static void phase(Map<String, Object> m, String prefix, PhaseRuntime p) {
        m.put(prefix + "_start_time", str(p.startTime()));
        m.put(prefix + "_end_time", str(p.endTime()));
        m.put(prefix + "_duration_seconds", p.durationSeconds());
        m.put(prefix + "_status", p.status().wireName());
        m.put(prefix + "_error_message", p.errorMessage());
    }

    private static List<String> empty(List<String> l) {
        return l.isEmpty() ? null : l;
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }

    private static List<Object> binds(List<Object> binds) {
        List<Object> out = new ArrayList<>();
        binds.forEach(b -> out.add(b == null || b instanceof Number || b instanceof Boolean ? b : b.toString()));
        return out;
    }

    private static Map<String, Object> plain(Map<String, Object> wm) {
        if (wm.isEmpty()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        wm.forEach((k, v) -> out.put(k, v == null || v instanceof Number || v instanceof Boolean ? v : v.toString()));
        return out;
    }
}
