package io.datacoolie.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datacoolie.testkit.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay, run, plan --metadata, status and restart subcommands, end to end on H2. */
class CommandLineTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int cli(String... args) {
        CliRun r = CliRun.of(args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    private Path metadata(TestDb db) throws Exception {
        db.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY, updated_at TIMESTAMP NOT NULL, status VARCHAR(10))",
                "INSERT INTO orders SELECT X, DATEADD('HOUR', X * 7, TIMESTAMP '2024-12-20 00:00:00'),"
                        + " CASE WHEN MOD(X, 3) = 0 THEN 'DRAFT' ELSE 'active' END FROM SYSTEM_RANGE(1, 400)");
        Path meta = dir.resolve("metadata.json");
        Files.writeString(meta, "{\"connections\": [{\"name\": \"dw\", \"connection_type\": \"database\","
                + " \"format\": \"sql\", \"configure\": {\"url\": \"" + db.url() + "\", \"username\": \"sa\"}}],"
                + " \"dataflows\": [{\"name\": \"orders_b2s\", \"stage\": \"bronze2silver\", \"source\":"
                + " {\"connection_name\": \"dw\", \"table\": \"orders\", \"watermark_columns\": [\"updated_at\"],"
                + " \"filter_expression\": \"status = 'active'\"}, \"destination\": {\"connection_name\": \"dw\","
                + " \"table\": \"orders_silver\", \"load_type\": \"append\"}}]}");
        return meta;
    }

    @Test
    void replayRunPlanStatus_onH2() throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.H2)) {
            String meta = metadata(db).toString();
            String state = dir.resolve("state").toString();

            assertEquals(0, cli("plan", "--metadata", meta, "--start", "2025-01-01", "--end", "2025-04-01", "--chunk",
                    "months=1", "--format", "json"), err);
            JsonNode plan = new ObjectMapper().readTree(out);
            JsonNode chunk = plan.get("dataflows").get(0).get("plan").get("chunks").get(0);
            assertTrue(chunk.get("sql").asText().contains("< ?"), out);
            assertEquals("2025-01-01T00:00", chunk.get("binds").get(0).asText(), out);
            assertTrue(chunk.get("sql").asText().contains("'active'"), out);

            assertEquals(2, cli("replay", "--metadata", meta, "--stage", "bronze2silver", "--start", "2025-04-01",
                    "--end", "2025-01-01", "--chunk", "months=1", "--state-dir", state), out + err);
            assertTrue(err.contains("2025-04-01"), err);

            assertEquals(0, cli("replay", "--metadata", meta, "--stage", "bronze2silver", "--start", "2025-01-01",
                    "--end", "2025-04-01", "--chunk", "months=1", "--state-dir", state), out + err);
            assertTrue(out.contains("total=3 succeeded=3 failed=0"), out);

            assertEquals(0, cli("run", "--metadata", meta, "--dataflow", "orders_b2s", "--state-dir", state), out + err);
            assertTrue(out.contains("orders_b2s: succeeded"), out);

            assertEquals(0, cli("status", "--state-dir", state, "--format", "json"), err);
            JsonNode status = new ObjectMapper().readTree(out);
            assertEquals(2, status.get("executions").size(), out);
            JsonNode replay = status.get("executions").get(1);
            assertEquals("datacoolie-replay", replay.get("job").asText());
            assertEquals("COMPLETED", replay.get("status").asText());
            assertEquals(3, replay.get("chunks").size(), out);
            assertEquals("orders_b2s", replay.get("dataflow_name").asText(), out);
            assertEquals(36, replay.get("dataflow").asText().length(), "the id stays under 'dataflow': " + out);
            assertEquals("orders_b2s", status.get("executions").get(0).get("dataflow_name").asText(), out);

            assertEquals(0, cli("status", "--state-dir", state), err);
            List<String> lines = out.lines().toList();
            assertEquals(List.of("ID", "JOB", "NAME", "DATAFLOW", "STATUS", "STARTED", "CHUNKS"),
                    List.of(lines.get(0).split(" +")), out);
            assertEquals(List.of("datacoolie-replay", "orders_b2s", replay.get("dataflow").asText(), "COMPLETED"),
                    List.of(lines.get(2).split(" +")).subList(1, 5), out);

            assertEquals(2, cli("restart", "--state-dir", state, "999"), out + err);
        }
    }

    @Test
    void failedReplay_restartById_runsOnlyTheUnfinishedChunks() throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.H2)) {
            String meta = metadata(db).toString();
            String state = dir.resolve("state2").toString();
            db.execute("CREATE TABLE orders_silver (id BIGINT, updated_at TIMESTAMP, status VARCHAR(10),"
                    + " __created_at TIMESTAMP, __updated_at TIMESTAMP, __updated_by VARCHAR(64),"
                    + " __dataflow_run_id VARCHAR(64), CONSTRAINT no_feb CHECK (updated_at < TIMESTAMP"
                    + " '2025-02-01 00:00:00' OR updated_at >= TIMESTAMP '2025-03-01 00:00:00'))");
            assertEquals(1, cli("replay", "--metadata", meta, "--start", "2025-01-01", "--end", "2025-04-01",
                    "--chunk", "months=1", "--state-dir", state), out + err);
            assertTrue(out.contains("total=3 succeeded=1 failed=1"), out);
            assertEquals(0, cli("status", "--state-dir", state, "--format", "json"), err);
            JsonNode exec = new ObjectMapper().readTree(out).get("executions").get(0);
            assertEquals("FAILED", exec.get("status").asText(), out);
            String firstRun = io.datacoolie.batch.Fixture.rows(db, "SELECT DISTINCT __dataflow_run_id FROM"
                    + " orders_silver").toString();

            db.execute("ALTER TABLE orders_silver DROP CONSTRAINT no_feb");
            assertEquals(0, cli("restart", "--state-dir", state, exec.get("execution_id").asText()), out + err);
            assertTrue(out.contains("COMPLETED"), out);
            assertEquals(io.datacoolie.batch.Fixture.rows(db, "SELECT id FROM orders WHERE updated_at >= TIMESTAMP"
                    + " '2025-01-01 00:00:00' AND updated_at < TIMESTAMP '2025-04-01 00:00:00' AND status = 'active'"
                    + " ORDER BY id"), io.datacoolie.batch.Fixture.rows(db, "SELECT id FROM orders_silver ORDER BY id"));
            assertEquals(firstRun, io.datacoolie.batch.Fixture.rows(db, "SELECT DISTINCT __dataflow_run_id FROM"
                    + " orders_silver WHERE updated_at < TIMESTAMP '2025-02-01 00:00:00'").toString(),
                    "January was not run again");
            assertEquals(3, io.datacoolie.batch.Fixture.rows(db, "SELECT DISTINCT __dataflow_run_id FROM"
                    + " orders_silver").size());
        }
    }

    @Test
    void dryRun_runAndReplay_printTheSqlAndWriteNothing() throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.H2)) {
            String meta = metadata(db).toString();
            Path state = dir.resolve("state3");
            String[] select = {"--metadata", meta, "--dataflow", "orders_b2s", "--state-dir", state.toString()};

            assertEquals(0, cli(concat(new String[] {"run", "--dry-run"}, select)), out + err);
            assertTrue(out.contains("Dataflow 'orders_b2s' (dry run): would read"), out);
            assertTrue(out.contains("binds: []"), "a first run reads everything: " + out);
            assertTrue(out.contains("orders_b2s: pending (1 runs"), out);
            assertEquals(List.of(List.of("0")), io.datacoolie.batch.Fixture.rows(db, "SELECT COUNT(*) FROM"
                    + " INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME IN ('ORDERS_SILVER', 'orders_silver')"),
                    "no destination table created");
            assertFalse(Files.exists(state.resolve("watermarks")), "no watermark saved");

            assertEquals(0, cli(concat(new String[] {"run"}, select)), out + err);
            String rows = io.datacoolie.batch.Fixture.rows(db, "SELECT id, __dataflow_run_id FROM orders_silver"
                    + " ORDER BY id").toString();
            Map<Path, String> watermarks = files(state.resolve("watermarks"));
            db.execute("INSERT INTO orders VALUES (1000, TIMESTAMP '2026-01-01 00:00:00', 'active')");

            assertEquals(0, cli(concat(new String[] {"run", "--dry-run"}, select)), out + err);
            assertTrue(out.contains("> ?"), out);
            assertTrue(out.contains("binds: ['2025-04-15T16:00']"), "above the stored watermark, row 400's: " + out);
            assertEquals(0, cli(concat(new String[] {"replay", "--dry-run", "--start", "2025-01-01", "--end",
                    "2025-04-01", "--chunk", "months=1"}, select)), out + err);
            assertTrue(out.contains("Dataflow 'orders_b2s': 3 chunks on"), out);
            assertTrue(out.contains("chunk-0002 [2025-03-01, 2025-04-01)"), out);
            assertTrue(out.contains("binds: ['2025-03-01T00:00', '2025-04-01T00:00']"), out);
            assertTrue(out.contains("orders_b2s: pending (3 chunks"), out);

            assertEquals(rows, io.datacoolie.batch.Fixture.rows(db, "SELECT id, __dataflow_run_id FROM orders_silver"
                    + " ORDER BY id").toString(), "no row written or deleted");
            assertEquals(watermarks, files(state.resolve("watermarks")), "watermark untouched");
            assertEquals(List.of(List.of("0")), io.datacoolie.batch.Fixture.rows(db, "SELECT COUNT(*) FROM"
                    + " INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) LIKE 'datacoolie_replay%'"),
                    "no replay ledger stored");
            assertEquals(0, cli("status", "--state-dir", state.toString(), "--format", "json"), err);
            assertEquals(1, new ObjectMapper().readTree(out).get("executions").size(), "only the real run: " + out);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
                .toArray(String[]::new);
    }

    private static Map<Path, String> files(Path root) throws java.io.IOException {
        Map<Path, String> out = new java.util.TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p), Files.readString(p));
            }
        }
        return out;
    }
}
