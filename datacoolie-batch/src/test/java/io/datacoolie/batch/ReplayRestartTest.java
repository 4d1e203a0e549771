package io.datacoolie.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.ReplayConfig;
import io.datacoolie.api.RunConfig;
import io.datacoolie.api.chunk.ChunkStep;
import io.datacoolie.api.chunk.ChunkUnit;
import io.datacoolie.api.run.DataFlowOutcome;
import io.datacoolie.api.run.DataFlowStatus;
import io.datacoolie.api.run.ExecutionResult;
import io.datacoolie.metadata.watermark.FileWatermarkStore;
import io.datacoolie.batch.lease.Lease;
import io.datacoolie.batch.lease.LeaseManager;
import io.datacoolie.testkit.TestDb;
import jakarta.batch.runtime.BatchStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Failure, resume, guard and server-style starts of replays; failure and resume on H2, PostgreSQL and MariaDB. */
class ReplayRestartTest {
    private static final ReplayConfig MONTHS = ReplayConfig.builder("2024-12-15", "2025-04-10")
            .chunkInterval(new ChunkStep.CalendarStep(ChunkUnit.MONTHS, 1)).build();
    private static final String SOURCE_RANGE = "SELECT id, updated_at, status, amount FROM orders WHERE updated_at >="
            + " TIMESTAMP '2024-12-15 00:00:00' AND updated_at < TIMESTAMP '2025-04-10 00:00:00' ORDER BY id";

    @TempDir
    Path state;

    private DataCoolieDriver driver() {
        return DataCoolieDriver.builder().stateDir(state).watermarks(new FileWatermarkStore(state, List.of()))
                .jobRepository("jdbc:h2:mem:repo" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "")
                .runConfig(RunConfig.defaults().withRetries(0, java.time.Duration.ZERO)).build();
    }

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void failedChunk3_runAgain_resumesAtChunk3AndEqualsCleanRun(TestDb.Kind kind) {
        try (TestDb db = TestDb.open(kind); DataCoolieDriver driver = driver()) {
            Fixture.orders(db, "orders");
            Fixture.target(db, "orders_silver");
            Connection c = Fixture.connection(db, "dw");
            DataFlow df = Fixture.flow("orders_b2s", c, "orders", c, "orders_silver", null);
            db.execute("ALTER TABLE orders_silver ADD CONSTRAINT no_feb CHECK (updated_at < TIMESTAMP"
                    + " '2025-02-01 00:00:00' OR updated_at >= TIMESTAMP '2025-03-01 00:00:00')");
            ExecutionResult first = driver.runReplay(List.of(df), MONTHS);
            assertEquals(5, first.total(), first.toString());
            assertEquals(2, first.succeeded());
            assertEquals(1, first.failed());
            assertEquals(2, first.pending());
            assertTrue(first.dataflows().get(0).errorMessage().contains("orders_b2s"), first.toString());
            List<List<Object>> firstRunIds = Fixture.rows(db, "SELECT DISTINCT __dataflow_run_id FROM orders_silver"
                    + " ORDER BY 1");
            assertEquals(2, firstRunIds.size());

            db.execute("ALTER TABLE orders_silver DROP CONSTRAINT no_feb");
            ExecutionResult second = driver.runReplay(List.of(df), MONTHS);
            assertEquals(5, second.total(), second.toString());
            assertEquals(3, second.succeeded(), "chunks 3 to 5 ran: " + second);
            assertEquals(2, second.skipped(), "chunks 1 and 2 were already done");
            assertEquals(Fixture.rows(db, SOURCE_RANGE), Fixture.rows(db,
                    "SELECT id, updated_at, status, amount FROM orders_silver ORDER BY id"));
            assertEquals(5, Fixture.rows(db, "SELECT DISTINCT __dataflow_run_id FROM orders_silver").size());
            assertTrue(Fixture.rows(db, "SELECT DISTINCT __dataflow_run_id FROM orders_silver ORDER BY 1")
                    .containsAll(firstRunIds), "completed chunks were not run again");

            ExecutionResult third = driver.runReplay(List.of(df), MONTHS);
            assertEquals(5, third.succeeded(), "a completed replay without save_watermark runs again in full");
            assertEquals(Fixture.rows(db, SOURCE_RANGE), Fixture.rows(db,
                    "SELECT id, updated_at, status, amount FROM orders_silver ORDER BY id"));
        }
    }

    @Test
    void saveWatermark_storesEnd_andNextIncrementalLoadsRowsEqualToEnd() throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.H2); DataCoolieDriver driver = driver()) {
            Fixture.orders(db, "orders");
            Fixture.target(db, "orders_silver");
            Connection c = Fixture.connection(db, "dw");
            DataFlow df = Fixture.flow("orders_b2s", c, "orders", c, "orders_silver", null);
            ReplayConfig replay = ReplayConfig.builder("2025-01-01T00:00:00", "2025-03-01T00:00:00")
                    .chunkInterval(new ChunkStep.CalendarStep(ChunkUnit.MONTHS, 1)).saveWatermark(true).build();
            ExecutionResult r = driver.runReplay(List.of(df), replay);
            assertEquals(2, r.succeeded(), r.toString());
            // The Python build's layout: <stage>_<name>_<id>, from the dataflow the driver was given to run
            String wm = Files.readString(state.resolve("watermarks").resolve("bronze2silver_orders_b2s_"
                    + df.dataflowId()).resolve("watermark_value.json"));
            assertTrue(wm.contains("\"updated_at\": {\"__datetime__\": \"2025-03-01T00:00:00\"}"), wm);
            ExecutionResult again = driver.runReplay(List.of(df), replay, true);
            assertEquals(2, again.skipped(), "chunks at or below the saved watermark are skipped: " + again);

            ExecutionResult inc = driver.run(List.of(df));
            assertEquals(1, inc.succeeded(), inc.toString());
            assertEquals(List.of(List.of("1")), Fixture.rows(db, "SELECT COUNT(*) FROM orders_silver WHERE updated_at"
                    + " = TIMESTAMP '2025-03-01 00:00:00'"), "the row equal to the old end was loaded");
            assertEquals(Fixture.rows(db, "SELECT id FROM orders WHERE updated_at >= TIMESTAMP '2025-01-01 00:00:00'"
                    + " ORDER BY id"), Fixture.rows(db, "SELECT id FROM orders_silver ORDER BY id"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void twoDataflows_oneFailsAtChunk2_otherFinishes(TestDb.Kind kind) {
        try (TestDb db = TestDb.open(kind); DataCoolieDriver driver = driver()) {
            Fixture.orders(db, "orders");
            Fixture.target(db, "silver_a");
            Fixture.target(db, "silver_b");
            db.execute("ALTER TABLE silver_b ADD CONSTRAINT no_jan CHECK (updated_at < TIMESTAMP"
                    + " '2025-01-01 00:00:00' OR updated_at >= TIMESTAMP '2025-02-01 00:00:00')");
            Connection c = Fixture.connection(db, "dw");
            DataFlow a = Fixture.flow("flow_a", c, "orders", c, "silver_a", null);
            DataFlow b = Fixture.flow("flow_b", c, "orders", c, "silver_b", null);
            ExecutionResult r = driver.runReplay(List.of(a, b), MONTHS);
            assertEquals(10, r.total(), r.toString());
            assertEquals(6, r.succeeded());
            assertEquals(1, r.failed());
            assertEquals(3, r.pending());
            DataFlowOutcome oa = r.dataflows().get(0);
            DataFlowOutcome ob = r.dataflows().get(1);
            assertEquals(DataFlowStatus.SUCCEEDED, oa.status());
            assertEquals(DataFlowStatus.FAILED, ob.status());
            assertEquals(1, ob.count(DataFlowStatus.SUCCEEDED));
        }
    }

    @Test
    void secondReplayOfSameDestination_isRefusedNamingTheHolder() {
        try (TestDb db = TestDb.open(TestDb.Kind.H2); DataCoolieDriver driver = driver()) {
            Fixture.orders(db, "orders");
            Fixture.target(db, "orders_silver");
            Connection c = Fixture.connection(db, "dw");
            DataFlow df = Fixture.flow("orders_b2s", c, "orders", c, "orders_silver", null);
            org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
            ds.setURL(db.url());
            ds.setUser(db.user());
            try (Lease held = new LeaseManager(ds).acquire("dw|orders_silver", "replay of dataflow 'other'")) {
                ExecutionResult r = driver.runReplay(List.of(df), MONTHS);
                String msg = r.dataflows().get(0).errorMessage();
                assertTrue(msg.contains("Destination '" + held.resource() + "' is being written by replay of dataflow"
                        + " 'other'"), msg);
                assertEquals(0, r.succeeded());
                assertEquals(List.of(List.of("0")), Fixture.rows(db, "SELECT COUNT(*) FROM orders_silver"));
            }
        }
    }

    @Test
    void twoReplaysOfOneDestinationAtOnce_secondIsRefused_firstFinishes() throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.H2); DataCoolieDriver first = driver();
                DataCoolieDriver second = driver()) {
            Fixture.orders(db, "orders");
            Fixture.target(db, "orders_silver");
            // Each inserted row sleeps a little, so the first replay is still running when the second asks.
            db.execute("CREATE TRIGGER slow BEFORE INSERT ON orders_silver FOR EACH ROW CALL \""
                    + SlowInsertTrigger.class.getName() + "\"");
            Connection c = Fixture.connection(db, "dw");
            DataFlow df = Fixture.flow("orders_b2s", c, "orders", c, "orders_silver", null);
            java.util.concurrent.CompletableFuture<ExecutionResult> running = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> first.runReplay(List.of(df), MONTHS));
            long deadline = System.currentTimeMillis() + 60_000;
            while (Fixture.rows(db, "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) ="
                    + " 'datacoolie_lease'").equals(List.of(List.of("0")))
                    || Fixture.rows(db, "SELECT COUNT(*) FROM datacoolie_lease").equals(List.of(List.of("0")))) {
                assertTrue(System.currentTimeMillis() < deadline && !running.isDone(), "the first never took the lease");
                Thread.sleep(10);
            }
            ExecutionResult refused = second.runReplay(List.of(df), MONTHS, true);
            String msg = String.valueOf(refused.dataflows().get(0).errorMessage()) + " " + refused;
            assertTrue(msg.startsWith("Destination 'dw|orders_silver' is being written by replay of dataflow"
                    + " 'orders_b2s' (job execution "), msg);
            assertEquals(0, refused.succeeded() + refused.failed());
            ExecutionResult done = running.get(120, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(5, done.succeeded(), done.toString());
            assertEquals(Fixture.rows(db, SOURCE_RANGE), Fixture.rows(db,
                    "SELECT id, updated_at, status, amount FROM orders_silver ORDER BY id"));
        }
    }

    @Test
    void plainJobOperatorStart_withParametersOnly_runsTheReplay() throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.H2);
                io.datacoolie.batch.runtime.BatchRuntime rt = io.datacoolie.batch.runtime.BatchRuntime.open(
                        "jdbc:h2:mem:srv" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "")) {
            Fixture.orders(db, "orders");
            Path meta = state.resolve("metadata.json");
            Files.writeString(meta, "{\"connections\": [{\"name\": \"dw\", \"connection_type\": \"database\","
                    + " \"format\": \"sql\", \"configure\": {\"url\": \"" + db.url() + "\", \"username\": \"sa\"}}],"
                    + " \"dataflows\": [{\"name\": \"orders_b2s\", \"stage\": \"bronze2silver\", \"source\":"
                    + " {\"connection_name\": \"dw\", \"table\": \"orders\", \"watermark_columns\": [\"updated_at\"],"
                    + " \"filter_expression\": \"status = 'active'\"}, \"destination\": {\"connection_name\": \"dw\","
                    + " \"table\": \"orders_silver\", \"load_type\": \"append\"}}]}");
            Properties p = new Properties();
            p.setProperty(JobParameters.METADATA, meta.toString());
            p.setProperty(JobParameters.DATAFLOW, "orders_b2s");
            p.setProperty(JobParameters.START, "2025-01-01");
            p.setProperty(JobParameters.END, "2025-04-01");
            p.setProperty(JobParameters.CHUNK, "months=1");
            p.setProperty(JobParameters.STATE_DIR, state.toString());
            long id = rt.operator().start(JobParameters.REPLAY_JOB, p);
            assertEquals(java.util.Optional.empty(), JobWaiter.await(rt.operator(), id, p));
            assertEquals(BatchStatus.COMPLETED, rt.operator().getJobExecution(id).getBatchStatus());
            assertEquals(Fixture.rows(db, "SELECT id FROM orders WHERE updated_at >= TIMESTAMP '2025-01-01 00:00:00'"
                    + " AND updated_at < TIMESTAMP '2025-04-01 00:00:00' AND status = 'active' ORDER BY id"),
                    Fixture.rows(db, "SELECT id FROM orders_silver ORDER BY id"));
            assertEquals(List.of(List.of("3")), Fixture.rows(db, "SELECT COUNT(DISTINCT __dataflow_run_id) FROM"
                    + " orders_silver"));
        }
    }
}
