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

    static DataFlow flow(String url, String user, String password) {
        Connection c = Connection.of("dw", Map.of("url", url, "username", user, "password", password));
        return Fixture.flow("orders_b2s", c, "orders", c, "orders_silver", null);
    }

    /** The job repository is an H2 file in the state directory, or the destination database when one is given. */
    static DataCoolieDriver driver(Path state, String repositoryUrl, String user, String password) {
        DataCoolieDriver.Builder b = DataCoolieDriver.builder().stateDir(state)
                .watermarks(new FileWatermarkStore(state, List.of()));
        if (repositoryUrl != null) {
            b.jobRepository(repositoryUrl, user, password);
        }
        return b.build();
    }

    /**
     * @param args the database URL, user, password, the state directory, and "repo" to keep the job repository in
     *     the database
     */
    public static void main(String[] args) {
        String repo = args.length > 4 && args[4].equals("repo") ? args[0] : null;
        try (DataCoolieDriver driver = driver(Path.of(args[3]), repo, args[1], args[2])) {
            System.out.println(driver.runReplay(List.of(flow(args[0], args[1], args[2])), REPLAY));
        }
        System.exit(0);
    }
}
