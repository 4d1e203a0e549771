package io.datacoolie.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a dataflow writes (reference §1.5).
 *
 * @param connection the resolved connection
 * @param schemaName optional schema, may be null
 * @param table the table, non-blank
 * @param loadType the load strategy
 * @param mergeKeys merge keys, never null
 * @param partitionColumns partition columns, never null
 * @param configure settings such as {@code replace_by_watermark} and {@code scd2_effective_column}, never null
 */
public record Destination(Connection connection, String schemaName, String table, LoadType loadType,
        List<String> mergeKeys, List<PartitionColumn> partitionColumns, Map<String, Object> configure) {

    /** Validates and copies. */
    public Destination {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(table, "table");
        loadType = loadType == null ? LoadType.APPEND : loadType;
        mergeKeys = mergeKeys == null ? List.of() : List.copyOf(mergeKeys);
        partitionColumns = partitionColumns == null ? List.of() : List.copyOf(partitionColumns);
        configure = configure == null ? Map.of() : Collections2.copyOfNullable(configure);
    }

    /** @return merge keys plus partition column names not already among them (reference §1.5) */
    public List<String> effectiveMergeKeys() {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>(mergeKeys);
        partitionColumns.forEach(p -> keys.add(p.column()));
        return List.copyOf(keys);
    }

    /** @return true when {@code configure.replace_by_watermark} is truthy */
    public boolean replaceByWatermark() {
        Object v = configure.get("replace_by_watermark");
        return v != null && Boolean.parseBoolean(v.toString());
    }

    /** @return {@code configure.scd2_effective_column}, or null */
    public String scd2EffectiveColumn() {
        Object v = configure.get("scd2_effective_column");
        return v == null ? null : v.toString();
    }
}
