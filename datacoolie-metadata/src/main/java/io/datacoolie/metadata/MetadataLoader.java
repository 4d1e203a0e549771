package io.datacoolie.metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.datacoolie.metadata.internal.DocumentReader;
import io.datacoolie.metadata.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Loads the original's JSON metadata shape ({@code connections}, {@code dataflows}, {@code schema_hints}) with its
 * field names and aliases, and validates all of it. Every problem is collected and reported in one
 * {@link MetadataException}; unknown fields come with a suggestion, and fields this JDBC edition cannot honour are
 * named as such.
 */
public final class MetadataLoader {
    private MetadataLoader() {
    }

    /**
     * @param file a JSON metadata file
     * @return the document
     * @throws MetadataException when the file is missing, not JSON, or invalid
     */
    public static MetadataDocument load(Path file) {
        return DocumentReader.read(readTree(file), source(file));
    }

    /**
     * Loads only the dataflows of the given stages (and active ones, if asked), with the connections they use.
     * Problems elsewhere in the file, such as the Python build's file connections, do not matter then.
     *
     * @param file a JSON metadata file
     * @param stages stages to keep, exact match; empty keeps every stage
     * @param activeOnly when true, inactive dataflows are not read
     * @return the selected dataflows and the valid connections
     * @throws MetadataException for problems in the selected dataflows or the connections they use
     */
    public static MetadataDocument load(Path file, Set<String> stages, boolean activeOnly) {
        return DocumentReader.read(readTree(file), source(file), selection(stages, activeOnly));
    }

    static String source(Path file) {
        return "file '" + file + "'";
    }

    /**
     * @param file a JSON metadata file
     * @return its JSON tree
     * @throws MetadataException when the file is missing or not JSON
     */
    static JsonNode readTree(Path file) {
        String source = source(file);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new MetadataException(source, List.of("the file does not exist. Check the --metadata path."));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read metadata " + source + ": " + e.getMessage(), e);
        }
        return tree(text, source);
    }

    /**
     * @param json the document text
     * @param source what it is, for messages, e.g. {@code file 'metadata.json'}
     * @return the document
     * @throws MetadataException when the text is not JSON or invalid
     */
    public static MetadataDocument parse(String json, String source) {
        return DocumentReader.read(tree(json, source), source);
    }

    /**
     * @param json the document text
     * @param source what it is, for messages
     * @param stages stages to keep, exact match; empty keeps every stage
     * @param activeOnly when true, inactive dataflows are not read
     * @return the selected dataflows and the valid connections
     * @throws MetadataException for problems in the selected dataflows or the connections they use
     */
    public static MetadataDocument parse(String json, String source, Set<String> stages, boolean activeOnly) {
        return DocumentReader.read(tree(json, source), source, selection(stages, activeOnly));
    }

    static MetadataDocument read(JsonNode root, String source, Set<String> stages, boolean activeOnly) {
        return DocumentReader.read(root, source, selection(stages, activeOnly));
    }

    /** Decides on the raw object, before validation: stage text and is_active as the original reads them. */
    static Predicate<JsonNode> selection(Set<String> stages, boolean activeOnly) {
        return node -> {
            if (node == null || !node.isObject()) {
                return true; // reported as malformed
            }
            JsonNode a = node.get("is_active");
            String active = a == null || a.isNull() ? "true" : a.asText().trim().toLowerCase(Locale.ROOT);
            if (activeOnly && (active.equals("false") || active.equals("0"))) {
                return false;
            }
            JsonNode s = node.get("stage");
            return stages.isEmpty() || (s != null && s.isValueNode() && stages.contains(s.asText().trim()));
        };
    }

    private static JsonNode tree(String json, String source) {
        JsonNode root;
        try {
            root = Json.parse(json);
        } catch (JsonProcessingException e) {
            throw new MetadataException(source, List.of("not valid JSON: " + Json.describe(e) + "."), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new MetadataException(source, List.of("the document is empty. Write an object with 'connections'"
                    + " and 'dataflows'."));
        }
        return root;
    }
}
