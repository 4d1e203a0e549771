package io.datacoolie.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.spi.MetadataProvider;
import io.datacoolie.metadata.internal.DocumentReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A {@link MetadataProvider} over a JSON metadata file. The file is read once; each call validates the dataflows it
 * selects and the connections they use, so a file shared with the Python build serves its database dataflows even
 * when other dataflows use file connections. {@link #document()} validates the whole file.
 */
public final class FileMetadataProvider implements MetadataProvider {
    private final Path file;
    private final JsonNode root;

    /**
     * @param file the JSON metadata file
     * @throws MetadataException when the file is missing or not JSON
     */
    public FileMetadataProvider(Path file) {
        this.file = file;
        this.root = MetadataLoader.readTree(file);
    }

    /**
     * @return the whole file, validated
     * @throws MetadataException listing every problem in the file
     */
    public MetadataDocument document() {
        return DocumentReader.read(root, MetadataLoader.source(file));
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    /**
     * @throws MetadataException listing the problems of the selected dataflows and the connections they use
     */
    @Override
    public List<DataFlow> dataflows(Set<String> stages, boolean activeOnly) {
        MetadataDocument doc = MetadataLoader.read(root, MetadataLoader.source(file), stages, activeOnly);
        return DataflowSelection.filter(doc.dataflows(), stages, activeOnly);
    }

    /** @return the valid connections; invalid ones matter only to the dataflows that use them */
    @Override
    public List<Connection> connections() {
        return DocumentReader.read(root, MetadataLoader.source(file), dataflow -> false).connections();
    }

    @Override
    public String describe() {
        return "file:" + file;
    }
}
