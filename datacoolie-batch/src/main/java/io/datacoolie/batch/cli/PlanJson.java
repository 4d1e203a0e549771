package io.datacoolie.batch.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.datacoolie.api.chunk.Chunk;
import io.datacoolie.api.chunk.ChunkPlan;
import io.datacoolie.planner.ChunkBounds;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a plan as {@code {"chunks":[{"index":0,"start":...,"end":...},...]}}: integers as JSON numbers, dates and
 * date-times as ISO-8601 strings ({@link ChunkBounds#format}). Streams, so a million chunks need no tree in memory.
 */
public final class PlanJson {
    /** Adds fields to one chunk's object, e.g. the SQL and binds of {@code plan --metadata}. */
    @FunctionalInterface
    public interface ChunkFields {
        /**
         * @param json the generator, inside the chunk's object
         * @param chunk the chunk
         * @throws IOException when writing fails
         */
        void write(JsonGenerator json, Chunk<?> chunk) throws IOException;
    }

    /** No fields beyond index, start and end. */
    public static final ChunkFields NO_EXTRA_FIELDS = (json, chunk) -> { };

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private PlanJson() {
    }

    /**
     * @param out where to write; a newline follows the document; not closed
     * @param plan the plan
     * @param extra fields to add to each chunk
     * @throws IOException when writing fails
     */
    public static void write(Writer out, ChunkPlan<?> plan, ChunkFields extra) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("chunks");
            for (Chunk<?> c : plan.chunks()) {
                json.writeStartObject();
                json.writeNumberField("index", c.index());
                writeBound(json, "start", c.start());
                writeBound(json, "end", c.end());
                extra.write(json, c);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
    }

    /**
     * @param json the generator
     * @param field the field name
     * @param bound a chunk bound: a Long becomes a number, anything else its ISO-8601 text
     * @throws IOException when writing fails
     */
    public static void writeBound(JsonGenerator json, String field, Object bound) throws IOException {
        if (bound instanceof Long) {
            json.writeNumberField(field, (Long) bound);
        } else {
            json.writeStringField(field, ChunkBounds.format(bound));
        }
    }
}
