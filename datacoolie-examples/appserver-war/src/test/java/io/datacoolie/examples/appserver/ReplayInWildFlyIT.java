package io.datacoolie.examples.appserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datacoolie.testkit.TestDb;
import io.datacoolie.testkit.TestDb.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The real {@code datacoolie-replay} job, shipped inside datacoolie-batch's jar in WEB-INF/lib, started and restarted
 * through WildFly's own JobOperator against a real PostgreSQL source and destination.
 */
class ReplayInWildFlyIT {

    private static final String JOB = "datacoolie-replay";
    private static final String DATAFLOW = "orders_replay";
    private static final String RANGE_AND_FILTER = "updated_at >= TIMESTAMP '2025-01-01 00:00:00'"
            + " AND updated_at < TIMESTAMP '2025-04-01 00:00:00' AND status <> 'DRAFT'";
    private static final String BUSINESS_COLUMNS = "id, updated_at, status, amount";

    private final AppServer server = AppServer.fromBuild();

    @Test
    void replay_cleanThenFailedChunkThenServerRestart_rerunsOnlyUnfinishedChunksAndMatchesTheCleanRun()
            throws IOException {
        // MariaDB to PostgreSQL: the chunks stream inside the server, read ahead in a second thread, into COPY
        try (TestDb src = TestDb.open(Kind.MARIADB); TestDb db = TestDb.open(Kind.POSTGRES)) {
            Orders.source(src, "orders");
            Orders.target(db, "orders_copy");
            Path work = Files.createDirectories(Path.of("target", "it-replay-" + UUID.randomUUID()).toAbsolutePath());
            Map<String, String> params = parameters(src, db, work);

            // 1. A clean replay of Jan..Mar 2025 by months: three chunks, each its own partition.
            JsonNode clean = server.start(JOB, with(params, "log_path", work.resolve("log-clean")));
            assertStatus("COMPLETED", clean);
            assertTrue(clean.path("operator").asText().startsWith("org.jberet."), clean::toString);
            assertEquals("0=COMPLETED 1=COMPLETED 2=COMPLETED", AppServer.partitions(clean), "one partition per chunk");
            List<List<Object>> expected = Orders.rows(src, "SELECT " + BUSINESS_COLUMNS + " FROM orders WHERE "
                    + RANGE_AND_FILTER + " ORDER BY id");
            assertFalse(expected.isEmpty());
            List<List<Object>> cleanRows = Orders.rows(db, "SELECT " + BUSINESS_COLUMNS + " FROM orders_copy ORDER BY id");
            assertEquals(expected, cleanRows, "destination = source query for [2025-01-01, 2025-04-01) and the filter");
            List<EtlRecord> cleanLog = EtlRecord.chunks(work.resolve("log-clean"));
            assertEquals(List.of(0, 1, 2), cleanLog.stream().map(EtlRecord::chunkIndex).sorted().toList(),
                    "one ETL log record per chunk: " + cleanLog);
            assertTrue(cleanLog.stream().allMatch(r -> r.status().equals("succeeded")), cleanLog::toString);

            // 2. The same replay again, into an emptied destination that now rejects February's rows.
            db.execute("DELETE FROM orders_copy", "ALTER TABLE orders_copy ADD CONSTRAINT no_february CHECK ("
                    + "updated_at < TIMESTAMP '2025-02-01 00:00:00' OR updated_at >= TIMESTAMP '2025-03-01 00:00:00')");
            Path log = work.resolve("log-restart");
            JsonNode failed = server.start(JOB, with(params, "log_path", log));
            assertStatus("FAILED", failed);
            assertEquals("COMPLETED", partition(failed, 0), failed::toPrettyString);
            assertEquals("FAILED", partition(failed, 1), failed::toPrettyString);
            List<EtlRecord> firstAttempt = EtlRecord.chunks(log);
            Set<Integer> doneBefore = indexes(firstAttempt, "succeeded");
            assertEquals(Set.of(0), doneBefore, "January committed, February failed: " + firstAttempt);
            assertEquals(Set.of(1), indexes(firstAttempt, "failed"), firstAttempt::toString);

            // 3. Remove the cause and restart the failed execution through the server's JobOperator.restart.
            db.execute("ALTER TABLE orders_copy DROP CONSTRAINT no_february");
            JsonNode restarted = server.restart(failed.path("executionId").asLong(), Map.of());
            assertStatus("COMPLETED", restarted);
            assertEquals(failed.path("instanceId").asLong(), restarted.path("instanceId").asLong());
            assertStatus("FAILED", server.execution(failed.path("executionId").asLong()));
            // The server's job repository agrees: the restart's step ran partitions 1 and 2 only.
            assertEquals("1=COMPLETED 2=COMPLETED", AppServer.partitions(restarted), restarted::toPrettyString);
            List<EtlRecord> all = EtlRecord.chunks(log);
            List<EtlRecord> rerun = all.stream().filter(r -> !firstAttempt.contains(r)).toList();
            assertEquals(Set.of(1, 2), indexes(rerun, "succeeded"), "only the unfinished chunks ran: " + rerun);
            assertEquals(rerun.size(), indexes(rerun, "succeeded").size(), rerun::toString);
            assertEquals(cleanRows, Orders.rows(db, "SELECT " + BUSINESS_COLUMNS + " FROM orders_copy ORDER BY id"),
                    "destination after the restart = the clean run's");
            // January's rows were written once, by the first attempt, and not again by the restart.
            String januaryRun = firstAttempt.stream().filter(r -> r.chunkIndex() == 0).findFirst().orElseThrow()
                    .dataflowRunId();
            assertEquals(List.of(List.of(januaryRun)), Orders.rows(db, "SELECT DISTINCT __dataflow_run_id FROM"
                    + " orders_copy WHERE updated_at < TIMESTAMP '2025-02-01 00:00:00'"));
        }
    }

    private static Map<String, String> parameters(TestDb src, TestDb dst, Path work) throws IOException {
        Path metadata = work.resolve("metadata.json");
        Files.writeString(metadata, Orders.metadata(src, dst, DATAFLOW, "orders", "orders_copy",
                "status <> 'DRAFT'"));
        Map<String, String> p = new HashMap<>();
        p.put("metadata", metadata.toString());
        p.put("dataflow", DATAFLOW);
        p.put("start", "2025-01-01");
        p.put("end", "2025-04-01");
        p.put("chunk", "months=1");
        p.put("save_watermark", "false");
        p.put("chunk_column", "updated_at");
        p.put("state_dir", work.resolve("state").toString());
        return p;
    }

    private static Map<String, String> with(Map<String, String> params, String key, Path value) {
        Map<String, String> p = new HashMap<>(params);
        p.put(key, value.toString());
        return p;
    }

    private static void assertStatus(String expected, JsonNode execution) {
        assertEquals(expected, execution.path("batchStatus").asText(), execution::toPrettyString);
    }

    private static String partition(JsonNode execution, int index) {
        for (String p : AppServer.partitions(execution).split(" ")) {
            if (p.startsWith(index + "=")) {
                return p.substring(p.indexOf('=') + 1);
            }
        }
        return "absent";
    }

    private static Set<Integer> indexes(List<EtlRecord> records, String status) {
        return records.stream().filter(r -> r.status().equals(status)).map(EtlRecord::chunkIndex)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** One chunk's {@code dataflow_run_log} line of the ETL log. */
    record EtlRecord(int chunkIndex, String status, String dataflowRunId, String file) {
        private static final ObjectMapper JSON = new ObjectMapper();

        /** All chunk records of the dataflow under a log base directory. */
        static List<EtlRecord> chunks(Path base) throws IOException {
            if (!Files.isDirectory(base)) {
                return List.of();
            }
            List<Path> files;
            try (var walk = Files.walk(base)) {
                files = walk.filter(f -> f.toString().endsWith(".jsonl") && f.toString().contains("debug_json"))
                        .sorted().toList();
            }
            List<EtlRecord> out = new ArrayList<>();
            for (Path f : files) {
                for (String line : Files.readAllLines(f)) {
                    JsonNode n = JSON.readTree(line);
                    if (n.path("_type").asText().equals("dataflow_run_log") && DATAFLOW.equals(n.path("dataflow_name").asText())) {
                        out.add(new EtlRecord(n.path("chunk_index").asInt(-1), n.path("status").asText(),
                                n.path("dataflow_run_id").asText(), f.getFileName().toString()));
                    }
                }
            }
            return out;
        }
    }
}
