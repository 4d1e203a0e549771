package io.datacoolie.metadata;

import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.spi.MetadataProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** A {@link MetadataProvider} over a JSON metadata file, loaded and validated once when constructed. */
public final class FileMetadataProvider implements MetadataProvider {
    private final Path file;
    private final MetadataDocument document;

    /**
     * @param file the JSON metadata file
     * @throws MetadataException listing every problem in the file
     */
    public FileMetadataProvider(Path file) {
        this.file = file;
        this.document = MetadataLoader.load(file);
    }

    /** @return the loaded document */
    public MetadataDocument document() {
        return document;
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    @Override
    public List<DataFlow> dataflows(Set<String> stages, boolean activeOnly) {
        return DataflowSelection.filter(document.dataflows(), stages, activeOnly);
    }

    @Override
    public List<Connection> connections() {
        return document.connections();
    }

    @Override
    public String describe() {
        return "file:" + file;
    }
}
