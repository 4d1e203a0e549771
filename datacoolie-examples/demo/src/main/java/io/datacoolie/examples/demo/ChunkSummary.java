package io.datacoolie.examples.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The per-chunk summary of a replay, read back from the ETL log's JSON lines ({@code dataflow_run_log} records with
 * {@code operation_type "replay"}).
 *
 * @param logFile the JSON lines file it was read from
 * @param chunks one record per chunk, in chunk order
 */
public record ChunkSummary(Path logFile, List<JsonNode> chunks) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Copies. */
    public ChunkSummary {
        chunks = List.copyOf(chunks);
    }

    /**
     * @param logBase the ETL log base directory (the driver's log path)
     * @param dataflowName the replayed dataflow
     * @return the chunk records of the newest log file that has any for this dataflow
     * @throws IOException when the log cannot be read
     */
    public static Optional<ChunkSummary> newest(Path logBase, String dataflowName) throws IOException {
        Path dir = logBase.resolve("etl_logs").resolve("debug_json").resolve("job_run_log");
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .sorted(Comparator.comparing(ChunkSummary::modified).reversed()).toList();
        }
        for (Path f : files) {
            List<JsonNode> chunks = read(f, dataflowName);
            if (!chunks.isEmpty()) {
                return Optional.of(new ChunkSummary(f, chunks));
            }
        }
        return Optional.empty();
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> read(Path file, String dataflowName) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            if ("dataflow_run_log".equals(n.path("_type").asText()) && "replay".equals(n.path("operation_type").asText())
                    && dataflowName.equals(n.path("dataflow_name").asText())) {
                out.add(n);
            }
        }
        out.sort(Comparator.comparingInt(n -> n.path("chunk_index").asInt()));
        return out;
    }

    /** @return rows written over all chunks */
    public long rowsWritten() {
        return chunks.stream().mapToLong(n -> n.path("destination_rows_written").asLong()).sum();
    }

    /**
     * @param status a status such as {@code succeeded}
     * @return how many chunks have it
     */
    public long count(String status) {
        return chunks.stream().filter(n -> status.equals(n.path("status").asText())).count();
    }

    /** @return a table for people: one line per chunk, then totals */
    public String render() {
        StringBuilder sb = new StringBuilder(String.format("  %5s  %-44s %11s %12s %8s  %s%n", "chunk", "window",
                "rows read", "rows written", "seconds", "status"));
        double seconds = 0;
        for (JsonNode n : chunks) {
            String window = "[" + n.path("chunk_start").asText() + ", " + n.path("chunk_end").asText() + ")";
            sb.append(String.format("  %5d  %-44s %,11d %,12d %8.2f  %s%n", n.path("chunk_index").asInt(), window,
                    n.path("source_rows_read").asLong(), n.path("destination_rows_written").asLong(),
                    n.path("duration_seconds").asDouble(), n.path("status").asText()));
            seconds += n.path("duration_seconds").asDouble();
        }
        sb.append(String.format("  %d chunks: %d succeeded, %d failed, %d skipped; %,d rows written in %.1f s",
                chunks.size(), count("succeeded"), count("failed"), count("skipped"), rowsWritten(), seconds));
        return sb.toString();
    }

    /** @return the first chunk's source SQL and its bind values, as the ETL log recorded them */
    public String firstChunkSql() {
        if (chunks.isEmpty()) {
            return "";
        }
        JsonNode n = chunks.get(0);
        return n.path("source_sql").asText() + "\n  binds: " + n.path("source_binds");
    }
}
