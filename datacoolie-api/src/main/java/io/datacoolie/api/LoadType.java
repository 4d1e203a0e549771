package io.datacoolie.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a destination table receives a batch (reference §6). */
public enum LoadType {
    /** Insert every row. */
    APPEND("append"),
    /** Replace all rows with the batch. */
    OVERWRITE("overwrite"),
    /** Same as {@link #OVERWRITE}. */
    FULL_LOAD("full_load"),
    /** Update matched keys, insert the rest. */
    MERGE_UPSERT("merge_upsert"),
    /** Delete matched keys (or a watermark window), then append. */
    MERGE_OVERWRITE("merge_overwrite"),
    /** Close current versions, then append new versions. */
    SCD2("scd2");

    private final String wireName;

    LoadType(String wireName) {
        this.wireName = wireName;
    }

    /** @return the metadata spelling, e.g. {@code merge_upsert} */
    public String wireName() {
        return wireName;
    }

    /** @return true when the strategy matches rows on merge keys */
    public boolean needsMergeKeys() {
        return this == MERGE_UPSERT || this == MERGE_OVERWRITE || this == SCD2;
    }

    /**
     * Parses the metadata spelling, trimmed and case-insensitive.
     *
     * @param text the value of {@code load_type}; null means {@link #APPEND}
     * @return the load type
     * @throws InvalidDataflowException naming the bad value and the valid values
     */
    public static LoadType parse(String text) {
        if (text == null || text.isBlank()) {
            return APPEND;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (LoadType lt : values()) {
            if (lt.wireName.equals(t)) {
                return lt;
            }
        }
        throw new InvalidDataflowException("Unknown load type: '" + text + "'. Use one of "
                + Arrays.stream(values()).map(LoadType::wireName).collect(Collectors.joining(", ")) + ".");
    }
}
