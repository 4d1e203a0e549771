package io.datacoolie.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.Destination;
import io.datacoolie.api.LoadType;
import io.datacoolie.api.ReplayConfig;
import io.datacoolie.api.Source;
import io.datacoolie.api.chunk.ChunkStep;
import io.datacoolie.api.run.DataFlowRuntimeInfo;
import io.datacoolie.api.run.ExecutionResult;
import io.datacoolie.metadata.watermark.FileWatermarkStore;
import io.datacoolie.testkit.TestDb;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's integer example: rows 0 to 1,000,000 in batches of 100,000. */
class IntegerReplayTest {
    @TempDir
    Path state;

    @Test
    void integerStep_millionRows_tenChunksOf100k() {
        try (TestDb db = TestDb.open(TestDb.Kind.H2)) {
            db.execute("CREATE TABLE events (seq BIGINT PRIMARY KEY, payload VARCHAR(20))",
                    "INSERT INTO events SELECT X, 'p' || X FROM SYSTEM_RANGE(0, 1000009)");
            Connection c = Fixture.connection(db, "dw");
            DataFlow df = new DataFlow(null, "events_copy", null, null, "bronze2silver", null, null, null, true,
                    new Source(c, null, "events", null, List.of("seq"), null, null, null), null,
                    new Destination(c, null, "events_copy", LoadType.APPEND, null, null, null), null);
            ReplayConfig replay = ReplayConfig.builder(0, 1_000_000)
                    .chunkInterval(new ChunkStep.IntegerStep(100_000)).build();
            ExecutionResult r;
            try (DataCoolieDriver driver = DataCoolieDriver.builder().stateDir(state)
                    .watermarks(new FileWatermarkStore(state, List.of()))
                    .jobRepository("jdbc:h2:mem:repo" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "").build()) {
                r = driver.runReplay(List.of(df), replay);
            }
            assertEquals(10, r.total(), r.toString());
            assertEquals(10, r.succeeded());
            List<DataFlowRuntimeInfo> runs = r.dataflows().get(0).runs();
            for (int i = 0; i < 10; i++) {
                assertEquals(Long.toString(i * 100_000L), runs.get(i).chunkStart());
                assertEquals(Long.toString((i + 1) * 100_000L), runs.get(i).chunkEnd());
                assertEquals(100_000, runs.get(i).rowsWritten());
            }
            assertEquals(List.of(List.of("1000000", "0", "999999")), Fixture.rows(db,
                    "SELECT COUNT(*), MIN(seq), MAX(seq) FROM events_copy"));
            assertEquals(List.of(List.of("10")), Fixture.rows(db,
                    "SELECT COUNT(DISTINCT __dataflow_run_id) FROM events_copy"));
        }
    }
}
