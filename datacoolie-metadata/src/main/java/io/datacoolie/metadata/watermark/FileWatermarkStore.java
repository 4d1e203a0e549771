package io.datacoolie.metadata.watermark;

import io.datacoolie.api.DataCoolieException;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.spi.WatermarkStore;
import io.datacoolie.metadata.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Watermarks as files, for a JSON metadata file (reference §2.3):
 * {@code <stateDir>/watermarks/<stage>_<name>_<dataflow_id>/watermark_value.json} holds the current JSON text as the
 * Python build writes it; {@code watermark_previous.json} keeps the value it replaced and {@code watermark_meta.json}
 * the job id, run id and UTC time. Each file is written to a temporary file and renamed into place.
 */
public final class FileWatermarkStore implements WatermarkStore {
    static final String CURRENT = "watermark_value.json";
    static final String PREVIOUS = "watermark_previous.json";
    static final String META = "watermark_meta.json";

    private final Path root;
    private final Map<String, DataFlow> dataflows = new ConcurrentHashMap<>();
    private final Clock clock;

    /**
     * @param stateDir the state directory; watermarks go to its {@code watermarks} folder
     * @param known dataflows whose stage and name make up their folder names (others use the id alone)
     */
    public FileWatermarkStore(Path stateDir, Collection<DataFlow> known) {
        this(stateDir, known, Clock.systemUTC());
    }

    /**
     * @param stateDir the state directory
     * @param known dataflows whose stage and name make up their folder names
     * @param clock gives the time recorded in the meta file, read in UTC
     */
    public FileWatermarkStore(Path stateDir, Collection<DataFlow> known, Clock clock) {
        this.root = stateDir.resolve("watermarks");
        register(known);
        this.clock = clock;
    }

    /**
     * Makes more dataflows known, e.g. the ones a driver is about to run, so that a store can start empty and never
     * load (and validate) the dataflows of a metadata file nobody selected.
     *
     * @param known dataflows whose stage and name make up their folder names; a later one replaces an earlier one
     *     with the same id
     */
    public void register(Collection<DataFlow> known) {
        known.forEach(d -> dataflows.put(d.dataflowId(), d));
    }

    /**
     * @param dataflowId a dataflow id
     * @return its folder: {@code <stage>_<name>_<id>}, leaving out the parts it lacks
     */
    public Path folder(String dataflowId) {
        return existing(dataflowId).orElseGet(() -> root.resolve(folderName(dataflowId)));
    }

    private String folderName(String id) {
        DataFlow d = dataflows.get(id);
        StringBuilder name = new StringBuilder();
        if (d != null && d.stage() != null) {
            name.append(safe(d.stage())).append('_');
        }
        if (d != null && d.name() != null) {
            name.append(safe(d.name())).append('_');
        }
        return name.append(safe(id)).toString();
    }

    /** A folder written under an older stage or name still belongs to the id. */
    private Optional<Path> existing(String id) {
        Path exact = root.resolve(folderName(id));
        if (Files.isDirectory(exact) || !Files.isDirectory(root)) {
            return Files.isDirectory(exact) ? Optional.of(exact) : Optional.empty();
        }
        String suffix = "_" + safe(id);
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).filter(p -> {
                String n = p.getFileName().toString();
                return n.equals(safe(id)) || n.endsWith(suffix);
            }).sorted().findFirst();
        } catch (IOException e) {
            throw new DataCoolieException("Cannot list watermark folder '" + root + "': " + e.getMessage(), e);
        }
    }

    private static String safe(String part) {
        return part.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public Optional<String> get(String dataflowId) {
        return read(dataflowId).map(WatermarkRecord::currentValue).filter(v -> !v.isBlank());
    }

    /**
     * @param dataflowId the dataflow
     * @return everything stored for it
     */
    public Optional<WatermarkRecord> read(String dataflowId) {
        Path dir = folder(dataflowId);
        Path current = dir.resolve(CURRENT);
        if (!Files.exists(current)) {
            return Optional.empty();
        }
        Map<String, Object> meta = Files.exists(dir.resolve(META)) ? Json.toMap(parse(dir.resolve(META))) : Map.of();
        Object at = meta.get("updated_at");
        return Optional.of(new WatermarkRecord(dataflowId, text(current), text(dir.resolve(PREVIOUS)),
                (String) meta.get("job_id"), (String) meta.get("dataflow_run_id"),
                at == null ? null : LocalDateTime.parse(at.toString())));
    }

    @Override
    public synchronized void put(String dataflowId, String json, String jobId, String dataflowRunId) {
        Path dir = folder(dataflowId);
        try {
            Files.createDirectories(dir);
            Path current = dir.resolve(CURRENT);
            if (Files.exists(current)) {
                write(dir.resolve(PREVIOUS), Files.readString(current, StandardCharsets.UTF_8));
            }
            write(current, json);
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("dataflow_id", dataflowId);
            meta.put("job_id", jobId);
            meta.put("dataflow_run_id", dataflowRunId);
            meta.put("updated_at", LocalDateTime.now(clock).toString());
            write(dir.resolve(META), Json.write(meta));
        } catch (IOException e) {
            throw new DataCoolieException("Failed to update watermark for dataflow '" + dataflowId + "' in '" + dir
                    + "': " + e.getMessage(), e);
        }
    }

    /**
     * Saves the columns given and keeps the other stored columns (per-column merge, W3).
     *
     * @param dataflowId the dataflow
     * @param columns the columns to save
     * @param jobId the job
     * @param dataflowRunId the run or chunk
     */
    public synchronized void merge(String dataflowId, Map<String, ?> columns, String jobId, String dataflowRunId) {
        put(dataflowId, WatermarkCodec.merge(get(dataflowId).orElse(null), columns), jobId, dataflowRunId);
    }

    private static void write(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String text(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new DataCoolieException("Failed to load watermark file '" + p + "': " + e.getMessage(), e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(Path p) {
        try {
            return Json.parse(text(p));
        } catch (IOException e) {
            throw new DataCoolieException("Watermark meta file '" + p + "' is not valid JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "FileWatermarkStore[" + root + "]";
    }
}
