package io.datacoolie.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.spi.MetadataProvider;
import io.datacoolie.api.Ids;
import io.datacoolie.metadata.internal.DocumentReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

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

    /**
     * Picks dataflows by dataflow_id or name (the command line's {@code --dataflow}) before validation, so that only
     * they and the connections they use are validated: other dataflows of a shared file may be invalid here.
     *
     * @param namesOrIds names or ids; each must match exactly one dataflow of the stages
     * @param stages stages to pick from, exact match; empty means every stage
     * @param activeOnly when true, inactive dataflows are left out
     * @return the picked dataflows, in the order asked for, without repeats
     * @throws MetadataException listing the problems of the picked dataflows and the connections they use
     * @throws io.datacoolie.api.InvalidDataflowException naming every unknown value, with the closest name
     */
    @Override
    public List<DataFlow> pick(Collection<String> namesOrIds, Set<String> stages, boolean activeOnly) {
        Predicate<JsonNode> scope = MetadataLoader.selection(stages, activeOnly);
        Predicate<JsonNode> named = node -> node != null && node.isObject()
                && rawIds(node).stream().anyMatch(namesOrIds::contains);
        MetadataDocument doc = DocumentReader.read(root, MetadataLoader.source(file), scope.and(named));
        List<String> known = new ArrayList<>();
        root.path("dataflows").forEach(node -> {
            List<String> ids = node.isObject() && scope.test(node) ? rawIds(node) : List.of();
            if (!ids.isEmpty()) {
                known.add(ids.get(0));
            }
        });
        return DataflowSelection.pick(doc.dataflows(), namesOrIds, known);
    }

    /** The name (first, as displayed), the dataflow_id, or the id derived from the name, as written in the file. */
    private static List<String> rawIds(JsonNode node) {
        String name = node.path("name").isTextual() ? node.get("name").asText().trim() : "";
        String id = node.path("dataflow_id").isValueNode() ? node.get("dataflow_id").asText().trim() : "";
        List<String> out = new ArrayList<>();
        if (!name.isEmpty()) {
            out.add(name);
        }
        if (!id.isEmpty()) {
            out.add(id);
        } else if (!name.isEmpty()) {
            out.add(Ids.derive(name));
        }
        return out;
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
