package io.datacoolie.sql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one chunk or incremental transfer did. Counts come from the statements' update counts.
 *
 * @param rowsRead rows the source read returned (before transform filters and deduplication)
 * @param rowsWritten rows loaded into the destination (or into the stage table for key-based strategies)
 * @param inserted rows inserted into the destination
 * @param updated rows updated (merge_upsert matches, scd2 closed versions)
 * @param deleted rows deleted (replaced chunk range, overwrite, merge_overwrite matches)
 * @param pushedDown true when the chunk ran as {@code INSERT ... SELECT} inside one database
 * @param statements every statement executed, in order, with its binds
 * @param watermarkMax per watermark column (keyed as {@code source.watermark_columns} names them), the MAX over the
 *     rows read (null when all NULL or nothing read); empty for a pushed-down replay chunk, which does not compute it
 */
public record TransferResult(long rowsRead, long rowsWritten, long inserted, long updated, long deleted,
        boolean pushedDown, List<BoundSql> statements, Map<String, Object> watermarkMax) {

    /** Copies (nulls kept in the map). */
    public TransferResult {
        statements = List.copyOf(statements);
        watermarkMax = Collections.unmodifiableMap(new LinkedHashMap<>(watermarkMax));
    }
}
