package io.datacoolie.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.ReplayConfig;
import io.datacoolie.api.chunk.ChunkStep;
import io.datacoolie.api.chunk.ChunkUnit;
import io.datacoolie.api.run.ExecutionResult;
import io.datacoolie.metadata.watermark.FileWatermarkStore;
import io.datacoolie.testkit.TestDb;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** W1: a watermark saved from a replay's exclusive end is read with {@code >=}, exact at nanosecond precision. */
class ExclusiveWatermarkTest {
    @TempDir
    Path state;

    @Test
    void replayEndSaved_nanosecondColumn_boundaryRowLoadedOnceAndEarlierRowNotReloaded() {
        try (TestDb db = TestDb.open(TestDb.Kind.H2)) {
            db.execute("CREATE TABLE src (id BIGINT PRIMARY KEY, updated_at TIMESTAMP(9) NOT NULL,"
                    + " status VARCHAR(10) NOT NULL, amount DECIMAL(10,2))",
                    "INSERT INTO src VALUES (1, TIMESTAMP '2025-01-02 12:00:00', 'active', 1),"
                    // 500 ns before the replay's end: a '> end - 1 us' shim would read it again
                    + " (2, TIMESTAMP '2025-01-02 23:59:59.999999500', 'active', 2),"
                    + " (3, TIMESTAMP '2025-01-03 00:00:00', 'active', 3),"
                    + " (4, TIMESTAMP '2025-01-03 10:00:00', 'active', 4)",
                    "CREATE TABLE dst (id BIGINT, updated_at TIMESTAMP(9), status VARCHAR(10), amount DECIMAL(10,2),"
                    + " __created_at TIMESTAMP, __updated_at TIMESTAMP, __updated_by VARCHAR(50),"
                    + " __dataflow_run_id VARCHAR(36))");
            Connection c = Fixture.connection(db, "dw");
            DataFlow df = Fixture.flow("src_copy", c, "src", c, "dst", null);
            FileWatermarkStore wm = new FileWatermarkStore(state, List.of());
            try (DataCoolieDriver driver = DataCoolieDriver.builder().stateDir(state).watermarks(wm).build()) {
                ExecutionResult replay = driver.runReplay(List.of(df), ReplayConfig.builder("2025-01-02",
                        "2025-01-03").chunkInterval(new ChunkStep.CalendarStep(ChunkUnit.DAYS, 1))
                        .saveWatermark(true).build());
                assertEquals(1, replay.succeeded(), replay.toString());
                assertEquals(List.of(List.of("1"), List.of("2")), Fixture.rows(db, "SELECT id FROM dst ORDER BY id"));
                ExecutionResult run = driver.run(List.of(df));
                assertEquals(1, run.succeeded(), run.toString());
            }
            assertEquals(List.of(List.of("1", "1"), List.of("2", "1"), List.of("3", "1"), List.of("4", "1")),
                    Fixture.rows(db, "SELECT id, COUNT(*) FROM dst GROUP BY id ORDER BY id"),
                    "each row exactly once: the boundary row by the run, the row 500 ns before it only by the replay");
        }
    }
}
