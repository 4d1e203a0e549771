package io.datacoolie.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a dataflow writes (reference §1.5). Checks that need the load type and the source together (merge keys,
 * {@code replace_by_watermark}) live in {@link DataFlow}.
 *
 * @param connection the resolved connection
 * @param schemaName optional schema, may be null (blank becomes null)
 * @param table the table, non-blank, trimmed
 * @param loadType the load strategy; null means {@link LoadType#APPEND}
 * @param mergeKeys merge keys, never null
 * @param partitionColumns partition columns, never null
 * @param configure settings such as {@code replace_by_watermark} and {@code scd2_effective_column}, never null
 */
public record Destination(Connection connection, String schemaName, String table, LoadType loadType,
        List<String> mergeKeys, List<PartitionColumn> partitionColumns, Map<String, Object> configure) {

    /**
     * Validates and copies.
     *
     * @throws InvalidDataflowException for a blank table or a merge key or partition column listed twice
     */
    public Destination {
        Objects.requireNonNull(connection, "connection");
        table = Strings.trimToNull(table);
        if (table == null) {
            throw new InvalidDataflowException("Destination.table must be a non-empty string."
                    + " Set destination.table to the name of the table to write.");
        }
        schemaName = Strings.trimToNull(schemaName);
        loadType = loadType == null ? LoadType.APPEND : loadType;
        mergeKeys = mergeKeys == null ? List.of() : List.copyOf(mergeKeys);
        if (mergeKeys.stream().anyMatch(k -> k == null || k.isBlank())) {
            throw new InvalidDataflowException("destination.merge_keys holds a blank name: " + mergeKeys
                    + ". List column names only.");
        }
        if (mergeKeys.size() != new LinkedHashSet<>(mergeKeys).size()) {
            throw new InvalidDataflowException("destination.merge_keys lists a column twice: " + mergeKeys
                    + ". List each key column once.");
        }
        partitionColumns = partitionColumns == null ? List.of() : List.copyOf(partitionColumns);
        if (partitionColumns.stream().map(PartitionColumn::column).distinct().count() != partitionColumns.size()) {
            throw new InvalidDataflowException("destination.partition_columns lists a column twice: "
                    + partitionColumns.stream().map(PartitionColumn::column).toList() + ". List each column once.");
        }
        configure = configure == null ? Map.of() : Collections2.copyOfNullable(configure);
    }

    /** @return merge keys plus partition column names not already among them (reference §1.5) */
    public List<String> effectiveMergeKeys() {
        LinkedHashSet<String> keys = new LinkedHashSet<>(mergeKeys);
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
        return v == null || v.toString().isBlank() ? null : v.toString();
    }

    /** @return {@code schema.table} unquoted, or just the table */
    public String qualifiedTable() {
        return schemaName == null ? table : schemaName + "." + table;
    }
}
