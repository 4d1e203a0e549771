package io.datacoolie.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.ReplayConfig;
import io.datacoolie.api.run.ExecutionResult;
import io.datacoolie.batch.DataCoolieDriver;
import io.datacoolie.metadata.FileMetadataProvider;
import io.datacoolie.planner.ChunkSteps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmark replays through DataCoolie's Java API, as a user would: a metadata file per source and
 * destination pair, one long-lived {@link DataCoolieDriver} per file (its pools stay warm between runs, as in a
 * service), and {@code runReplay(..., fresh)} so every run replays the whole window again.
 */
final class DataCoolieReplayer implements Replayer {

    private final Path workDir;
    private final Map<String, DataCoolieDriver> drivers = new HashMap<>();

    private DataCoolieReplayer(Path workDir) {
        this.workDir = workDir;
    }

    /**
     * @param workDir where the metadata files, the job repository and the ETL logs go
     * @return a replayer
     */
    static Replayer open(Path workDir) {
        return new DataCoolieReplayer(workDir);
    }

    @Override
    public Outcome replay(BenchDb source, String sourceTable, BenchDb destination, String destinationTable,
            Window window, String chunk) throws IOException {
        String name = "bench_" + source.name() + "_" + sourceTable + "_to_" + destination.name() + "_"
                + destinationTable;
        DataCoolieDriver driver = drivers.computeIfAbsent(name, n -> driver(n, source, sourceTable, destination,
                destinationTable));
        List<DataFlow> flows = driver.loadDataflows();
        ReplayConfig.Builder cfg = ReplayConfig.builder(window.start(), window.end());
        if (chunk != null) {
            cfg.chunkInterval(ChunkSteps.parse(chunk, name));
        }
        ExecutionResult r = driver.runReplay(flows, cfg.build(), true);
        if (r.failed() > 0 || r.pending() > 0) {
            throw new IllegalStateException("Replay " + name + " " + window + " failed: " + r.errors());
        }
        return new Outcome(r.rowsWritten(), r.succeeded() + r.skipped());
    }

    private DataCoolieDriver driver(String name, BenchDb source, String sourceTable, BenchDb destination,
            String destinationTable) {
        try {
            Path file = workDir.resolve(name + ".json");
            Files.createDirectories(workDir);
            new ObjectMapper().writeValue(file.toFile(), metadata(name, source, sourceTable, destination,
                    destinationTable));
            return DataCoolieDriver.builder().metadata(new FileMetadataProvider(file))
                    .stateDir(workDir.resolve("state")).build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One connection when both tables share a database, so that chunks are pushed down as INSERT ... SELECT. */
    static Map<String, Object> metadata(String name, BenchDb source, String sourceTable, BenchDb destination,
            String destinationTable) {
        boolean same = source.url().equals(destination.url());
        List<Object> connections = new ArrayList<>(List.of(connection("src", source)));
        if (!same) {
            connections.add(connection("dst", destination));
        }
        Map<String, Object> df = new LinkedHashMap<>();
        df.put("name", name);
        df.put("source", Map.of("connection_name", "src", "table", sourceTable,
                "watermark_columns", List.of("updated_at")));
        df.put("destination", Map.of("connection_name", same ? "src" : "dst", "table", destinationTable,
                "load_type", "append"));
        return Map.of("connections", connections, "dataflows", List.of(df));
    }

    private static Map<String, Object> connection(String name, BenchDb db) {
        return Map.of("name", name, "connection_type", "database", "format", "sql",
                "configure", Map.of("url", db.url(), "username", db.user()));
    }

    @Override
    public void close() {
        drivers.values().forEach(DataCoolieDriver::close);
        drivers.clear();
    }
}
