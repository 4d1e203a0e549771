package io.datacoolie.batch;

import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.ReplayConfig;
import io.datacoolie.api.chunk.ChunkStep;
import io.datacoolie.api.chunk.ChunkUnit;
import io.datacoolie.metadata.watermark.FileWatermarkStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The crash test's child process: runs the six-month save_watermark replay, and is killed in the middle of it. */
public final class ReplayChild {
    private ReplayChild() {
    }

    static final ReplayConfig REPLAY = ReplayConfig.builder("2024-11-01", "2025-05-01")
            .chunkInterval(new ChunkStep.CalendarStep(ChunkUnit.MONTHS, 1)).saveWatermark(true).build();

    static DataFlow flow(String url) {
        Connection c = Connection.of("dw", Map.of("url", url, "username", "sa", "password", ""));
        return Fixture.flow("orders_b2s", c, "orders", c, "orders_silver", null);
    }

    static DataCoolieDriver driver(Path state) {
        return DataCoolieDriver.builder().stateDir(state)
                .watermarks(new FileWatermarkStore(state, List.of())).build();
    }

    /**
     * @param args the database URL and the state directory
     */
    public static void main(String[] args) {
        try (DataCoolieDriver driver = driver(Path.of(args[1]))) {
            System.out.println(driver.runReplay(List.of(flow(args[0])), REPLAY));
        }
        System.exit(0);
    }
}
