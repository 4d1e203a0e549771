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
        String source = "file '" + file + "'";
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new MetadataException(source, List.of("the file does not exist. Check the --metadata path."));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read metadata " + source + ": " + e.getMessage(), e);
        }
        return parse(text, source);
    }

    /**
     * @param json the document text
     * @param source what it is, for messages, e.g. {@code file 'metadata.json'}
     * @return the document
     * @throws MetadataException when the text is not JSON or invalid
     */
    public static MetadataDocument parse(String json, String source) {
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
        return DocumentReader.read(root, source);
    }
}
