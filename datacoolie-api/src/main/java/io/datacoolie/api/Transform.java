package io.datacoolie.api;

import java.util.List;
import java.util.Map;

/**
 * The SQL-expressible transform parts (reference §1.6).
 *
 * @param schemaHints type hints, never null
 * @param deduplicateColumns dedup partition columns (else merge keys), never null
 * @param latestDataColumns dedup order columns (else watermark columns), never null
 * @param additionalColumns computed columns in order, never null
 * @param filterExpression optional row filter applied after computed columns, may be null
 * @param selectColumns columns to keep (exclusive with dropColumns), never null
 * @param dropColumns columns to drop, never null
 * @param renameColumns old name to new name, never null
 * @param configure settings such as {@code deduplicate_by_rank}, {@code column_name_mode}, never null
 */
public record Transform(List<SchemaHint> schemaHints, List<String> deduplicateColumns, List<String> latestDataColumns,
        List<AdditionalColumn> additionalColumns, String filterExpression, List<String> selectColumns,
        List<String> dropColumns, Map<String, String> renameColumns, Map<String, Object> configure) {

    /** The empty transform. */
    public static final Transform NONE = new Transform(null, null, null, null, null, null, null, null, null);

    /** Copies; nulls become empty. */
    public Transform {
        schemaHints = schemaHints == null ? List.of() : List.copyOf(schemaHints);
        deduplicateColumns = deduplicateColumns == null ? List.of() : List.copyOf(deduplicateColumns);
        latestDataColumns = latestDataColumns == null ? List.of() : List.copyOf(latestDataColumns);
        additionalColumns = additionalColumns == null ? List.of() : List.copyOf(additionalColumns);
        selectColumns = selectColumns == null ? List.of() : List.copyOf(selectColumns);
        dropColumns = dropColumns == null ? List.of() : List.copyOf(dropColumns);
        renameColumns = renameColumns == null ? Map.of() : Collections2.copyOfNullable(renameColumns);
        configure = configure == null ? Map.of() : Collections2.copyOfNullable(configure);
    }
}
