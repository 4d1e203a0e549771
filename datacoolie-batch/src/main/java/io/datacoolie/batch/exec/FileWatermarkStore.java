package io.datacoolie.batch.exec;

import io.datacoolie.api.DataCoolieException;
import io.datacoolie.api.spi.WatermarkStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Watermarks as files {@code <dir>/<dataflow_id>/watermark_value.json}, replaced atomically, for dataflows defined
 * in a JSON metadata file.
 */
public final class FileWatermarkStore implements WatermarkStore {
    private final Path dir;

    /** @param dir the watermark directory */
    public FileWatermarkStore(Path dir) {
        this.dir = dir;
    }

    @Override
    public Optional<String> get(String dataflowId) {
        Path f = dir.resolve(dataflowId).resolve("watermark_value.json");
        try {
            return Files.exists(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new DataCoolieException("Cannot read watermark '" + f + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String dataflowId, String json, String jobId, String dataflowRunId) {
        Path f = dir.resolve(dataflowId).resolve("watermark_value.json");
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), "wm", ".tmp");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new DataCoolieException("Cannot write watermark '" + f + "': " + e.getMessage(), e);
        }
    }
}
