package io.datacoolie.sql.internal;

import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.sql.Column;
import io.datacoolie.sql.Dialect;
import io.datacoolie.sql.ReadWindow;
import io.datacoolie.sql.TableSchema;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the window's predicate with typed binds: {@code (c >= ? AND c < ?)} for a chunk, {@code ((a > ?) OR (b > ?))}
 * for a multi-column incremental read (parenthesised as a whole, so an ANDed filter cannot split it: W5).
 *
 * @param sql the predicate, or null for no restriction
 * @param binds its bind values
 */
public record WindowPredicate(String sql, List<Object> binds) {

    /**
     * @param dataflow dataflow name for messages
     * @param source the source relation
     * @param watermarkColumns the dataflow's watermark columns, in order
     * @param w the window
     * @param d the source dialect
     * @return the predicate
     */
    public static WindowPredicate of(String dataflow, TableSchema source, List<String> watermarkColumns,
            ReadWindow w, Dialect d) {
        if (w instanceof ReadWindow.Chunk) {
            ReadWindow.Chunk c = (ReadWindow.Chunk) w;
            Column col = chunkColumn(dataflow, source, watermarkColumns, c.column());
            String q = d.quote(col.name());
            return new WindowPredicate("(" + q + " >= ? AND " + q + " < ?)",
                    List.of(Binds.forColumn(dataflow, col, c.interval().start(), c.zone()),
                            Binds.forColumn(dataflow, col, c.interval().end(), c.zone())));
        }
        if (w instanceof ReadWindow.After) {
            Map<String, ?> lower = ((ReadWindow.After) w).lowerExclusive();
            java.util.Set<String> inclusive = ((ReadWindow.After) w).inclusive();
            List<String> parts = new ArrayList<>();
            List<Object> binds = new ArrayList<>();
            for (String wc : watermarkColumns) {
                Object v = lookup(lower, wc);
                if (v != null) {
                    Column col = source.require(wc, dataflow, "source.watermark_columns");
                    boolean ge = inclusive.stream().anyMatch(wc::equalsIgnoreCase);
                    parts.add("(" + d.quote(col.name()) + (ge ? " >= ?)" : " > ?)"));
                    binds.add(Binds.forColumn(dataflow, col, v, ZoneOffset.UTC));
                }
            }
            if (parts.isEmpty()) {
                return new WindowPredicate(null, List.of());
            }
            return new WindowPredicate(parts.size() == 1 ? parts.get(0) : "(" + String.join(" OR ", parts) + ")",
                    binds);
        }
        return new WindowPredicate(null, List.of());
    }

    private static Object lookup(Map<String, ?> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            for (Map.Entry<String, ?> e : m.entrySet()) {
                if (e.getKey().equalsIgnoreCase(key)) {
                    return e.getValue();
                }
            }
        }
        return v;
    }

    /**
     * Resolves the chunk column: the override, else the first watermark column; it must exist in the source (W4).
     *
     * @param dataflow dataflow name for messages
     * @param source the source relation
     * @param watermarkColumns the watermark columns
     * @param override the replay's chunk_column, or null
     * @return the column
     */
    public static Column chunkColumn(String dataflow, TableSchema source, List<String> watermarkColumns,
            String override) {
        String name = override != null ? override : watermarkColumns.isEmpty() ? null : watermarkColumns.get(0);
        if (name == null) {
            throw new InvalidDataflowException("Dataflow '" + dataflow + "': replay needs a chunk column, but"
                    + " chunk_column is not set and source.watermark_columns is empty. Set chunk_column in the replay"
                    + " config or add a watermark column.");
        }
        return source.require(name, dataflow, override != null ? "chunk_column" : "source.watermark_columns[0]");
    }
}
