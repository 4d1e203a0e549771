package io.datacoolie.sql;

import io.datacoolie.api.DataCoolieException;
import io.datacoolie.api.LoadType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applies a key-based load strategy from the stage table to the destination (reference §6). */
final class Strategies {
    private final DataflowSql sql;
    private final DestinationTable t;
    private final Exec exec;
    private final WriteSql w;

    Strategies(DataflowSql sql, DestinationTable t, Exec exec, WriteSql w) {
        this.sql = sql;
        this.t = t;
        this.exec = exec;
        this.w = w;
    }

    ChunkTransfer.Applied apply(LoadType lt, String runId, LocalDateTime now) throws SQLException {
        rejectNullKeys();
        switch (lt) {
            case MERGE_UPSERT:
                return upsert();
            case MERGE_OVERWRITE:
                long deleted = exec.update(w.deleteMatchedKeys());
                return new ChunkTransfer.Applied(exec.update(w.insertAll()), 0, deleted);
            case SCD2:
                long closed = exec.update(w.scd2Close(), now, runId);
                return new ChunkTransfer.Applied(exec.update(w.scd2Insert()), closed, 0);
            default:
                throw new IllegalStateException(lt.toString());
        }
    }

    private ChunkTransfer.Applied upsert() throws SQLException {
        long matched = count(w.matched());
        long staged = count("SELECT COUNT(*) FROM " + w.stageName());
        Dialect d = t.dialect;
        if (d == Dialect.H2 || d == Dialect.POSTGRES && !hasUniqueKey()) {
            exec.update(w.merge());
        } else if (hasUniqueKey()) {
            exec.update(w.upsertOnKey());
        } else {
            exec.update(w.updateJoin());
            exec.update(w.insertUnmatched());
        }
        return new ChunkTransfer.Applied(staged - matched, matched, 0);
    }

    private void rejectNullKeys() throws SQLException {
        if (t.keys.isEmpty()) {
            throw new DataCoolieException("Dataflow '" + sql.dataflow().displayName() + "': load_type '"
                    + sql.dataflow().destination().loadType().wireName() + "' needs destination.merge_keys. Set them"
                    + " to the columns that identify a row.");
        }
        long n = count(w.nullKeys());
        if (n > 0) {
            throw new DataCoolieException("Dataflow '" + sql.dataflow().displayName() + "': " + n + " row(s) of this"
                    + " batch have a NULL merge key " + t.keys + "; NULL keys never match, so the write could not be"
                    + " repeated safely. Filter them out (filter_expression) or choose NOT NULL merge keys.");
        }
    }

    private long count(String query) throws SQLException {
        exec.record(BoundSql.of(query));
        try (Statement st = exec.connection().createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private boolean hasUniqueKey() throws SQLException {
        Connection c = exec.connection();
        DatabaseMetaData md = c.getMetaData();
        boolean catalogIsDb = t.dialect.pipesAreOr();
        Map<String, Set<String>> indexes = new HashMap<>();
        try (ResultSet rs = md.getIndexInfo(catalogIsDb ? t.schema.schema() : null,
                catalogIsDb ? null : t.schema.schema(), t.schema.table(), true, true)) {
            while (rs.next()) {
                if (rs.getString("COLUMN_NAME") != null && !rs.getBoolean("NON_UNIQUE")) {
                    indexes.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new HashSet<>())
                            .add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return indexes.values().contains(new HashSet<>(t.keys));
    }

    /** merge_overwrite with replace_by_watermark on an incremental read: delete (lower, max] per column. */
    static long deleteWatermarkWindow(Exec exec, DestinationTable t, DataflowSql sql, ReadWindow.After w,
            Map<String, Object> max) throws SQLException {
        List<String> parts = new ArrayList<>();
        List<Object> binds = new ArrayList<>();
        List<Object> lower = sql.windowBinds(w);
        int i = 0;
        for (int k = 0; k < sql.watermarkColumns().size(); k++) {
            String c = sql.watermarkColumns().get(k);
            Object lo = w.lowerExclusive().get(sql.watermarkKeys().get(k));
            Object hi = max.get(sql.watermarkKeys().get(k));
            if (lo != null && hi != null) {
                String col = t.dialect.quote(ChunkTransfer.destinationColumn(t, c, "watermark column"));
                String key = sql.watermarkKeys().get(k);
                boolean ge = w.inclusive().stream().anyMatch(key::equalsIgnoreCase);
                parts.add(col + (ge ? " >= ?" : " > ?") + " AND " + col + " <= ?");
                binds.add(lower.get(i));
                binds.add(hi);
            }
            i += lo != null ? 1 : 0;
        }
        if (parts.isEmpty()) {
            return 0;
        }
        return exec.update(new BoundSql("DELETE FROM " + t.qualified + " WHERE " + String.join(" AND ", parts), binds));
    }
}
