package io.datacoolie.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One pipeline: source, optional transform, destination (reference §1.3).
 *
 * @param dataflowId id; derived as UUIDv5 of the name when the metadata has none
 * @param name name used in logs and messages, may be null (then the id is shown)
 * @param workspaceId optional, may be null
 * @param description optional, may be null
 * @param stage optional stage label, matched exactly
 * @param groupNumber optional group for sharding and sequencing
 * @param executionOrder optional order inside a group (null treated as 0)
 * @param processingMode informational, default {@code batch}
 * @param active whether the dataflow is active
 * @param source the source
 * @param transform the transform, never null
 * @param destination the destination
 * @param configure informational settings, never null
 */
public record DataFlow(String dataflowId, String name, String workspaceId, String description, String stage,
        Integer groupNumber, Integer executionOrder, String processingMode, boolean active, Source source,
        Transform transform, Destination destination, Map<String, Object> configure) {

    /** Validates and copies. */
    public DataFlow {
        Objects.requireNonNull(dataflowId, "dataflowId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        transform = transform == null ? Transform.NONE : transform;
        processingMode = processingMode == null ? "batch" : processingMode;
        configure = configure == null ? Map.of() : Collections2.copyOfNullable(configure);
    }

    /** @return the name if set, else the id: what messages call the dataflow */
    public String displayName() {
        return name != null && !name.isBlank() ? name : dataflowId;
    }

    /** @return transform.deduplicate_columns, else the destination's merge keys */
    public List<String> deduplicateColumns() {
        return transform.deduplicateColumns().isEmpty() ? destination.mergeKeys() : transform.deduplicateColumns();
    }

    /** @return transform.latest_data_columns, else the source's watermark columns */
    public List<String> orderColumns() {
        return transform.latestDataColumns().isEmpty() ? source.watermarkColumns() : transform.latestDataColumns();
    }
}
