package io.datacoolie.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkSummaryTest {

    private static String record(String dataflow, String op, int index, String start, String end, long rows,
            String status) {
        return "{\"_type\":\"dataflow_run_log\",\"dataflow_name\":\"" + dataflow + "\",\"operation_type\":\"" + op
                + "\",\"chunk_index\":" + index + ",\"chunk_start\":\"" + start + "\",\"chunk_end\":\"" + end
                + "\",\"duration_seconds\":0.5,\"status\":\"" + status + "\",\"source_rows_read\":" + rows
                + ",\"destination_rows_written\":" + rows + ",\"source_sql\":\"select ...\",\"source_binds\":[\""
                + start + "\",\"" + end + "\"]}";
    }

    @Test
    void newest_readsTheReplayChunksOfTheDataflowInChunkOrder(@TempDir Path logs) throws Exception {
        Path dir = logs.resolve("etl_logs/debug_json/job_run_log/__run_date=2026-11-26");
        Files.createDirectories(dir);
        Files.write(dir.resolve("job_1.jsonl"), List.of(
                record("backfill", "replay", 1, "2024-02-01T00:00:00", "2024-03-01T00:00:00", 20, "succeeded"),
                record("other", "replay", 0, "2024-01-01T00:00:00", "2024-02-01T00:00:00", 99, "succeeded"),
                record("backfill", "etl", 0, "", "", 7, "succeeded"),
                record("backfill", "replay", 0, "2024-01-01T00:00:00", "2024-02-01T00:00:00", 10, "succeeded"),
                record("backfill", "replay", 2, "2024-03-01T00:00:00", "2024-04-01T00:00:00", 0, "skipped"),
                "{\"_type\":\"job_run_log\",\"total_dataflows\":3}"));
        ChunkSummary s = ChunkSummary.newest(logs, "backfill").orElseThrow();
        assertEquals(3, s.chunks().size());
        assertEquals(30, s.rowsWritten());
        assertEquals(1, s.count("skipped"));
        String table = s.render();
        assertTrue(table.contains("    0  [2024-01-01T00:00:00, 2024-02-01T00:00:00)"), table);
        assertTrue(table.endsWith("3 chunks: 2 succeeded, 0 failed, 1 skipped; 30 rows written in 1.5 s"), table);
        assertTrue(s.firstChunkSql().contains("binds: [\"2024-01-01T00:00:00\",\"2024-02-01T00:00:00\"]"));
    }

    @Test
    void newest_noLog_isEmpty(@TempDir Path logs) throws Exception {
        assertTrue(ChunkSummary.newest(logs, "backfill").isEmpty());
    }
}
