package io.datacoolie.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One pipeline: source, optional transform, destination (reference §1.3). Cross-part rules are checked here, with
 * messages that name the dataflow: merge keys for the merge strategies, the {@code replace_by_watermark} rules,
 * the scd2 effective column, and merge keys that a projection would drop.
 *
 * @param dataflowId id; when null it is derived as UUIDv5 of the name ({@link Ids#derive})
 * @param name name used in logs and messages, may be null (then the id is shown)
 * @param workspaceId optional, may be null
 * @param description optional, may be null
 * @param stage optional stage label, matched exactly
 * @param groupNumber optional group for sharding and sequencing
 * @param executionOrder optional order inside a group (null treated as 0)
 * @param processingMode informational: {@code batch} (default), {@code microbatch} or {@code streaming}
 * @param active whether the dataflow is active
 * @param source the source
 * @param transform the transform, never null after construction
 * @param destination the destination
 * @param configure informational settings, never null
 */
public record DataFlow(String dataflowId, String name, String workspaceId, String description, String stage,
        Integer groupNumber, Integer executionOrder, String processingMode, boolean active, Source source,
        Transform transform, Destination destination, Map<String, Object> configure) {

    private static final Set<String> PROCESSING_MODES = Set.of("batch", "microbatch", "streaming");

    /**
     * Validates and copies.
     *
     * @throws InvalidDataflowException when a rule across source, transform and destination is broken
     */
    public DataFlow {
        name = Strings.trimToNull(name);
        if (Strings.trimToNull(dataflowId) == null) {
            if (name == null) {
                throw new InvalidDataflowException("A dataflow has neither a dataflow_id nor a name."
                        + " Give it a name (the id is then derived from it).");
            }
            dataflowId = Ids.derive(name);
        } else {
            dataflowId = dataflowId.trim();
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        transform = transform == null ? Transform.NONE : transform;
        stage = Strings.trimToNull(stage);
        processingMode = processingMode == null || processingMode.isBlank() ? "batch"
                : processingMode.trim().toLowerCase(Locale.ROOT);
        configure = configure == null ? Map.of() : Collections2.copyOfNullable(configure);
        String who = "Dataflow '" + (name != null ? name : dataflowId) + "': ";
        if (!PROCESSING_MODES.contains(processingMode)) {
            throw new InvalidDataflowException(who + "processing_mode '" + processingMode
                    + "' is not valid. Use 'batch' (default), 'microbatch' or 'streaming'.");
        }
        checkLoadType(who, source, destination);
        checkProjection(who, transform, destination);
    }

    private static void checkLoadType(String who, Source source, Destination destination) {
        LoadType lt = destination.loadType();
        if (lt.needsMergeKeys() && destination.mergeKeys().isEmpty()) {
            throw new InvalidDataflowException(who + "destination.load_type '" + lt.wireName()
                    + "' requires destination.merge_keys, got none. Set merge_keys to the key columns,"
                    + " e.g. [\"order_id\"], or use load_type 'append'.");
        }
        if (lt == LoadType.SCD2 && destination.scd2EffectiveColumn() == null) {
            throw new InvalidDataflowException(who + "destination.load_type 'scd2' requires"
                    + " destination.configure.scd2_effective_column, got none. Set it to the SQL expression that"
                    + " gives each version's start, e.g. \"updated_at\".");
        }
        if (destination.replaceByWatermark()) {
            if (lt != LoadType.MERGE_OVERWRITE) {
                throw new InvalidDataflowException(who + "replace_by_watermark is only supported with merge_overwrite"
                        + " load_type, got '" + lt.wireName() + "'. Set destination.load_type to 'merge_overwrite',"
                        + " or remove destination.configure.replace_by_watermark.");
            }
            if (source.backward().isEmpty()) {
                throw new InvalidDataflowException(who + "replace_by_watermark requires date_backward on the source"
                        + " to ensure the read window covers the delete scope, got none. Set e.g."
                        + " source.configure.backward_days (or on the connection).");
            }
            if (source.watermarkColumns().isEmpty()) {
                throw new InvalidDataflowException(who + "replace_by_watermark requires source.watermark_columns,"
                        + " got none. List the column whose window is replaced.");
            }
        }
    }

    private static void checkProjection(String who, Transform transform, Destination destination) {
        for (String key : destination.effectiveMergeKeys()) {
            if (transform.dropColumns().stream().anyMatch(key::equalsIgnoreCase)) {
                throw new InvalidDataflowException(who + "transform.drop_columns drops '" + key
                        + "', a merge or partition key of the destination. Remove it from drop_columns.");
            }
            boolean computed = destination.partitionColumns().stream()
                    .anyMatch(p -> p.column().equalsIgnoreCase(key) && p.expression() != null);
            if (!transform.selectColumns().isEmpty() && !computed && !selected(key, transform)) {
                throw new InvalidDataflowException(who + "transform.select_columns " + transform.selectColumns()
                        + " leaves out '" + key + "', a merge or partition key of the destination. Add it to"
                        + " select_columns.");
            }
        }
    }

    private static boolean selected(String key, Transform t) {
        return t.selectColumns().stream().anyMatch(s -> s.equalsIgnoreCase(key)
                || key.equalsIgnoreCase(renamed(s, t.renameColumns())))
                || t.additionalColumns().stream().anyMatch(a -> a.column().equalsIgnoreCase(key));
    }

    private static String renamed(String column, Map<String, String> renames) {
        return renames.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column))
                .map(Map.Entry::getValue).findFirst().orElse(column);
    }

    /** @return the name if set, else the id: what messages call the dataflow */
    public String displayName() {
        return name != null && !name.isBlank() ? name : dataflowId;
    }

    /** @return the destination's load type */
    public LoadType loadType() {
        return destination.loadType();
    }

    /** @return the destination's merge keys */
    public List<String> mergeKeys() {
        return destination.mergeKeys();
    }

    /** @return transform.deduplicate_columns, else the destination's merge keys */
    public List<String> deduplicateColumns() {
        return transform.deduplicateColumns().isEmpty() ? destination.mergeKeys() : transform.deduplicateColumns();
    }

    /** @return transform.latest_data_columns, else the source's watermark columns */
    public List<String> orderColumns() {
        return transform.latestDataColumns().isEmpty() ? source.watermarkColumns() : transform.latestDataColumns();
    }

    /**
     * @return true when deduplication keeps ties (RANK): merge_overwrite with merge keys and no explicit
     *     deduplicate_columns, or {@code transform.configure.deduplicate_by_rank}
     */
    public boolean deduplicateByRank() {
        return transform.deduplicateByRank() || (loadType() == LoadType.MERGE_OVERWRITE
                && !destination.mergeKeys().isEmpty() && transform.deduplicateColumns().isEmpty());
    }

    /** @return {@code execution_order}, 0 when unset */
    public int executionOrderOrZero() {
        return executionOrder == null ? 0 : executionOrder;
    }

    @Override
    public String toString() {
        return "DataFlow[" + displayName() + " (" + dataflowId + ") " + source.connection().name() + " -> "
                + destination.connection().name() + "." + destination.qualifiedTable() + " "
                + loadType().wireName() + "]";
    }
}
