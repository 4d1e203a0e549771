package io.datacoolie.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.ReplayConfig;
import io.datacoolie.api.RunConfig;
import io.datacoolie.api.chunk.ChunkStep;
import io.datacoolie.api.chunk.ChunkUnit;
import io.datacoolie.api.run.ExecutionResult;
import io.datacoolie.metadata.watermark.FileWatermarkStore;
import io.datacoolie.testkit.TestDb;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dry runs list the work ({@code [id] source -> destination}, and a replay's chunks) and write nothing. */
class DryRunTest {
    private static final String WATERMARK = "{\"updated_at\": {\"__datetime__\": \"2025-02-01T00:00:00\"}}";

    @TempDir
    Path state;

    @Test
    void run_dryRun_listsEachDataflowAndWritesNothing() {
        check((driver, df) -> driver.run(List.of(df)), 1, "dw.orders -> dw.orders_silver");
    }

    @Test
    void replay_dryRun_printsThePlanAndWritesNothing() {
        String log = check((driver, df) -> driver.runReplay(List.of(df), ReplayConfig.builder("2025-01-01",
                "2025-04-01").chunkInterval(new ChunkStep.CalendarStep(ChunkUnit.MONTHS, 1)).saveWatermark(true)
                .build()), 3, "dw.orders -> dw.orders_silver");
        assertTrue(log.contains("chunk [2025-01-01, 2025-02-01)"), log);
        assertTrue(log.contains("chunk [2025-03-01, 2025-04-01)"), log);
    }

    private String check(BiFunction<DataCoolieDriver, DataFlow, ExecutionResult> call, int planned, String expectedLine) {
        try (TestDb db = TestDb.open(TestDb.Kind.H2)) {
            DataFlow df = flow(db);
            Fixture.orders(db, "orders", LocalDate.of(2024, 12, 20), LocalDate.of(2025, 4, 10));
            Fixture.target(db, "orders_silver");
            FileWatermarkStore wm = new FileWatermarkStore(state, List.of());
            wm.put(df.dataflowId(), WATERMARK, "job-0", "run-0");
            ExecutionResult r;
            String log;
            PrintStream err = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try (DataCoolieDriver driver = DataCoolieDriver.builder().stateDir(state).watermarks(wm)
                    .runConfig(RunConfig.defaults().withDryRun(true)).build()) {
                r = call.apply(driver, df);
            } finally {
                System.setErr(err);
                log = captured.toString(StandardCharsets.UTF_8);
            }
            assertEquals(planned, r.total(), r.toString());
            assertEquals(planned, r.pending(), r.toString());
            assertEquals(0, r.succeeded() + r.failed() + r.skipped(), r.toString());
            assertTrue(log.contains("[" + df.dataflowId() + "] " + expectedLine), log);
            assertEquals(List.of(List.of("0")), Fixture.rows(db, "SELECT COUNT(*) FROM orders_silver"));
            assertEquals(WATERMARK, wm.get(df.dataflowId()).orElseThrow(), "watermark untouched");
            assertEquals(List.of(List.of("0")), Fixture.rows(db, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE LOWER(TABLE_NAME) LIKE 'datacoolie_replay%'"), "no replay ledger stored");
            assertFalse(Files.exists(state.resolve("logs")), "no ETL log written");
            return log;
        }
    }

    private static DataFlow flow(TestDb db) {
        Connection c = Fixture.connection(db, "dw");
        return Fixture.flow("orders_dry", c, "orders", c, "orders_silver", "status = 'active'");
    }
}
