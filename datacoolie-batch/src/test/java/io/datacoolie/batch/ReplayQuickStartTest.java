package io.datacoolie.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.ReplayConfig;
import io.datacoolie.api.RunConfig;
import io.datacoolie.api.chunk.ChunkStep;
import io.datacoolie.api.chunk.ChunkUnit;
import io.datacoolie.api.run.DataFlowRuntimeInfo;
import io.datacoolie.api.run.ExecutionResult;
import io.datacoolie.metadata.watermark.JdbcWatermarkStore;
import io.datacoolie.metadata.MetadataSchema;
import io.datacoolie.testkit.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed's quick start: three monthly chunks, on each database as source, destination and job repository. */
class ReplayQuickStartTest {
    @TempDir
    Path state;

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void quickStart_threeMonths_threeChunksEachItsOwnRunId(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            Fixture.orders(db, "orders");
            Fixture.target(db, "orders_silver");
            Connection c = Fixture.connection(db, "dw");
            DataFlow df = Fixture.flow("orders_b2s", c, "orders", c, "orders_silver", "status = 'active'");
            try (java.sql.Connection jc = db.connect()) {
                MetadataSchema.createWatermarks(jc);
            }
            JdbcWatermarkStore wm = new JdbcWatermarkStore(db::connect);
            String production = "{\"updated_at\": {\"__datetime__\": \"2025-06-01T00:00:00\"}}";
            wm.put(df.dataflowId(), production, "job-0", "run-0");
            ReplayConfig replay = ReplayConfig.builder("2025-01-01", "2025-04-01")
                    .chunkInterval(new ChunkStep.CalendarStep(ChunkUnit.MONTHS, 1)).build();
            ExecutionResult r;
            try (DataCoolieDriver driver = driver(db, wm)) {
                r = driver.runReplay(List.of(df), replay);
            }
            assertEquals(3, r.total(), r.toString());
            assertEquals(3, r.succeeded(), r.toString());
            assertEquals(0, r.failed());
            assertEquals(production, wm.get(df.dataflowId()).orElseThrow(), "production watermark untouched");
            assertEquals(List.of(List.of("1")), Fixture.rows(db, "SELECT COUNT(*) FROM dc_framework_watermarks"));
            assertEquals(Fixture.rows(db, "SELECT id, updated_at, status, amount FROM orders WHERE updated_at >="
                    + " TIMESTAMP '2025-01-01 00:00:00' AND updated_at < TIMESTAMP '2025-04-01 00:00:00' AND status ="
                    + " 'active' ORDER BY id"), Fixture.rows(db, "SELECT id, updated_at, status, amount FROM"
                    + " orders_silver ORDER BY id"));
            List<DataFlowRuntimeInfo> runs = r.dataflows().get(0).runs();
            for (DataFlowRuntimeInfo run : runs) {
                List<List<Object>> outside = Fixture.rows(db, "SELECT id FROM orders_silver WHERE __dataflow_run_id"
                        + " = '" + run.dataflowRunId() + "' AND NOT (updated_at >= TIMESTAMP '"
                        + ts(run.chunkStart()) + "' AND updated_at < TIMESTAMP '" + ts(run.chunkEnd()) + "')");
                assertTrue(outside.isEmpty(), "rows of " + run.chunkStart() + " outside its chunk: " + outside);
                assertTrue(run.rowsWritten() > 0);
            }
            assertEquals(3, runs.stream().map(DataFlowRuntimeInfo::dataflowRunId).distinct().count());
            List<JsonNode> records = records(state.resolve("logs"));
            List<JsonNode> chunks = new ArrayList<>();
            records.stream().filter(n -> n.get("_type").asText().equals("dataflow_run_log")).forEach(chunks::add);
            assertEquals(3, chunks.size());
            chunks.forEach(n -> assertEquals("replay", n.get("operation_type").asText()));
            assertTrue(chunks.get(0).get("source_sql").asText().contains("< ?"), chunks.get(0).toString());
            assertEquals(2, chunks.get(0).get("source_binds").size());
            JsonNode summary = records.get(records.size() - 1);
            assertEquals("job_run_log", summary.get("_type").asText());
            assertEquals(3, summary.get("total_succeeded").asInt());
        }
    }

    private DataCoolieDriver driver(TestDb db, JdbcWatermarkStore wm) {
        // The job repository lives in the test database too: H2, PostgreSQL or MariaDB.
        return DataCoolieDriver.builder().stateDir(state).watermarks(wm)
                .jobRepository(db.url(), db.user(), db.password())
                .runConfig(RunConfig.defaults()).build();
    }

    static List<JsonNode> records(Path logs) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        try (Stream<Path> files = Files.walk(logs.resolve("etl_logs/debug_json"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    out.add(m.readTree(line));
                }
            }
        }
        return out;
    }

    static String ts(String bound) {
        return bound.length() == 10 ? bound + " 00:00:00" : bound.replace('T', ' ');
    }
}
