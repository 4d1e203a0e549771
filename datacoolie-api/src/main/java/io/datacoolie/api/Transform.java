package io.datacoolie.api;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The SQL-expressible transform parts (reference §1.6). Rename rules are checked here: no chains, no cycles, no
 * duplicate targets, and framework columns ({@code __*}) cannot be renamed or dropped.
 *
 * @param schemaHints type hints, never null
 * @param deduplicateColumns dedup partition columns (else merge keys), never null
 * @param latestDataColumns dedup order columns (else watermark columns), never null
 * @param additionalColumns computed columns in order, never null
 * @param filterExpression optional row filter applied after computed columns, may be null (blank becomes null)
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

    /**
     * Copies (nulls become empty) and validates.
     *
     * @throws InvalidDataflowException when select and drop are both set, a rename is chained, cyclic or has a
     *     duplicate target, a framework column is renamed or dropped, or column_name_mode is unknown
     */
    public Transform {
        schemaHints = schemaHints == null ? List.of() : List.copyOf(schemaHints);
        deduplicateColumns = deduplicateColumns == null ? List.of() : List.copyOf(deduplicateColumns);
        latestDataColumns = latestDataColumns == null ? List.of() : List.copyOf(latestDataColumns);
        additionalColumns = additionalColumns == null ? List.of() : List.copyOf(additionalColumns);
        filterExpression = Strings.trimToNull(filterExpression);
        selectColumns = selectColumns == null ? List.of() : List.copyOf(selectColumns);
        dropColumns = dropColumns == null ? List.of() : List.copyOf(dropColumns);
        renameColumns = renameColumns == null ? Map.of() : Collections2.copyOfNullable(renameColumns);
        configure = configure == null ? Map.of() : Collections2.copyOfNullable(configure);
        if (!selectColumns.isEmpty() && !dropColumns.isEmpty()) {
            throw new InvalidDataflowException("transform.select_columns and transform.drop_columns are mutually"
                    + " exclusive, got both " + selectColumns + " and " + dropColumns + ". Keep only one of them.");
        }
        for (String d : dropColumns) {
            if (d.startsWith("__")) {
                throw new InvalidDataflowException("transform.drop_columns: '" + d + "' is a framework column and"
                        + " cannot be dropped. Remove it from drop_columns.");
            }
        }
        checkRenames(renameColumns);
        String mode = columnNameMode(configure);
        if (!mode.equals("lower") && !mode.equals("snake")) {
            throw new InvalidDataflowException("transform.configure.column_name_mode '" + mode
                    + "' is not supported. Use 'lower' (default) or 'snake'.");
        }
    }

    private static void checkRenames(Map<String, String> renames) {
        Set<String> sources = new HashSet<>();
        renames.keySet().forEach(k -> sources.add(k.toLowerCase(Locale.ROOT)));
        Set<String> targets = new HashSet<>();
        renames.forEach((from, to) -> {
            if (to == null || to.isBlank()) {
                throw new InvalidDataflowException("transform.rename_columns: '" + from + "' is renamed to a blank"
                        + " name. Give the new column name.");
            }
            if (from.startsWith("__") || to.startsWith("__")) {
                throw new InvalidDataflowException("transform.rename_columns: '" + from + "' -> '" + to
                        + "' touches a framework column ('__' prefix), which cannot be renamed. Remove this rename.");
            }
            if (!targets.add(to.toLowerCase(Locale.ROOT))) {
                throw new InvalidDataflowException("transform.rename_columns: two columns are renamed to '" + to
                        + "'. Give every renamed column its own name.");
            }
            if (sources.contains(to.toLowerCase(Locale.ROOT)) && !to.equalsIgnoreCase(from)) {
                throw new InvalidDataflowException("transform.rename_columns: '" + from + "' -> '" + to
                        + "' is chained or cyclic, because '" + to + "' is itself renamed. Renames are atomic:"
                        + " rename each original column directly to its final name.");
            }
        });
    }

    /** @return {@code configure.deduplicate_by_rank}, default false: keep ties (RANK) instead of one row */
    public boolean deduplicateByRank() {
        return flag("deduplicate_by_rank", false);
    }

    /** @return {@code configure.convert_timestamp_ntz}, default true */
    public boolean convertTimestampNtz() {
        return flag("convert_timestamp_ntz", true);
    }

    /** @return true when {@code configure.missing_column_policy} is {@code ignore}; missing columns then pass */
    public boolean ignoreMissingColumns() {
        Object v = configure.get("missing_column_policy");
        return v != null && "ignore".equalsIgnoreCase(v.toString().trim());
    }

    /** @return {@code configure.column_name_mode}: {@code lower} (default) or {@code snake} */
    public String columnNameMode() {
        return columnNameMode(configure);
    }

    private static String columnNameMode(Map<String, Object> configure) {
        Object v = configure.get("column_name_mode");
        return v == null || v.toString().isBlank() ? "lower" : v.toString().trim().toLowerCase(Locale.ROOT);
    }

    private boolean flag(String key, boolean dflt) {
        Object v = configure.get(key);
        return v == null ? dflt : Boolean.parseBoolean(v.toString());
    }

    /** @return true when no part is set */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
