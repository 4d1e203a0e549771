package io.datacoolie.batch.exec;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.LoadType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plain JDBC transfer for {@code append} destinations that already exist: streams the source rows and inserts them
 * in batches, adding the framework columns the destination has. A replay chunk first deletes the destination rows of
 * its range, so running a chunk twice leaves one copy. This is the runtime's own minimal writer; the SQL module's
 * executor (dialect rendering, every load strategy, table creation) supersedes it where available.
 */
public final class PlainJdbcTransfer implements ChunkTransfer {
    private static final int BATCH = 1000;

    @Override
    public TransferResult transfer(Connection src, Connection dst, DataFlow df, Window w, String runId)
            throws SQLException {
        if (df.destination().loadType() != LoadType.APPEND) {
            throw new io.datacoolie.api.UnsupportedDialectException("Dataflow '" + df.displayName()
                    + "': load_type '" + df.destination().loadType().wireName() + "' needs the SQL module's writer.");
        }
        List<Object> binds = new ArrayList<>();
        String sql = "SELECT * FROM " + table(df.source().schemaName(), df.source().table()) + where(df, w, binds);
        String dstTable = table(df.destination().schemaName(), df.destination().table());
        Map<String, String> dstCols = columns(dst, dstTable);
        long deleted = 0;
        if (w.isChunk() && dstCols.containsKey(w.chunkColumn().toLowerCase(Locale.ROOT))) {
            try (PreparedStatement del = dst.prepareStatement("DELETE FROM " + dstTable + " WHERE "
                    + w.chunkColumn() + " >= ? AND " + w.chunkColumn() + " < ?")) {
                del.setObject(1, w.lower().get(w.chunkColumn()));
                del.setObject(2, w.upper().get(w.chunkColumn()));
                deleted = del.executeUpdate();
            }
        }
        Map<String, Object> maxima = new LinkedHashMap<>();
        df.source().watermarkColumns().forEach(c -> maxima.put(c, null));
        long read = 0;
        long written = 0;
        try (PreparedStatement q = src.prepareStatement(sql)) {
            q.setFetchSize(BATCH);
            for (int i = 0; i < binds.size(); i++) {
                q.setObject(i + 1, binds.get(i));
            }
            try (ResultSet rs = q.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Integer> srcIdx = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String n = md.getColumnLabel(i);
                    if (dstCols.containsKey(n.toLowerCase(Locale.ROOT)) && !n.startsWith("__")) {
                        srcIdx.add(i);
                        names.add(dstCols.get(n.toLowerCase(Locale.ROOT)));
                    }
                }
                Map<String, Object> framework = frameworkValues(dstCols, runId);
                names.addAll(framework.keySet());
                try (PreparedStatement ins = dst.prepareStatement("INSERT INTO " + dstTable + " ("
                        + String.join(", ", names) + ") VALUES (" + "?, ".repeat(names.size() - 1) + "?)")) {
                    int pending = 0;
                    while (rs.next()) {
                        read++;
                        int p = 1;
                        for (int i : srcIdx) {
                            ins.setObject(p++, rs.getObject(i));
                        }
                        for (Object v : framework.values()) {
                            ins.setObject(p++, v);
                        }
                        track(rs, maxima);
                        ins.addBatch();
                        if (++pending == BATCH) {
                            written += sum(ins.executeBatch());
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        written += sum(ins.executeBatch());
                    }
                }
            }
        }
        return new TransferResult(sql, binds, read, written, deleted, maxima);
    }

    private static String where(DataFlow df, Window w, List<Object> binds) {
        List<String> parts = new ArrayList<>();
        if (w.isChunk()) {
            parts.add("(" + w.chunkColumn() + " >= ? AND " + w.chunkColumn() + " < ?)");
            binds.add(w.lower().get(w.chunkColumn()));
            binds.add(w.upper().get(w.chunkColumn()));
        } else if (!w.lower().isEmpty()) {
            List<String> ors = new ArrayList<>();
            w.lower().forEach((c, v) -> {
                if (v != null) {
                    ors.add(c + (w.inclusiveLower().contains(c) ? " >= ?" : " > ?"));
                    binds.add(v);
                }
            });
            if (!ors.isEmpty()) {
                parts.add("(" + String.join(" OR ", ors) + ")");
            }
        }
        String filter = df.source().filterExpression();
        if (filter != null && !filter.isBlank()) {
            parts.add("(" + filter + ")");
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static void track(ResultSet rs, Map<String, Object> maxima) throws SQLException {
        for (Map.Entry<String, Object> e : maxima.entrySet()) {
            Object v = rs.getObject(e.getKey());
            if (v instanceof Timestamp) {
                v = ((Timestamp) v).toLocalDateTime();
            } else if (v instanceof java.sql.Date) {
                v = ((java.sql.Date) v).toLocalDate();
            }
            if (v instanceof Comparable && (e.getValue() == null || compare(v, e.getValue()) > 0)) {
                e.setValue(v);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    private static Map<String, Object> frameworkValues(Map<String, String> dstCols, String runId) {
        Timestamp now = Timestamp.from(Instant.now());
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("__created_at", now);
        all.put("__updated_at", now);
        all.put("__updated_by", "DataCoolie");
        all.put("__dataflow_run_id", runId);
        Map<String, Object> present = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (dstCols.containsKey(k)) {
                present.put(dstCols.get(k), v);
            }
        });
        return present;
    }

    private static Map<String, String> columns(Connection c, String table) throws SQLException {
        Map<String, String> cols = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
                ResultSet rs = p.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                cols.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), md.getColumnLabel(i));
            }
        }
        return cols;
    }

    private static long sum(int[] counts) {
        long n = 0;
        for (int c : counts) {
            n += c >= 0 ? c : 1; // SUCCESS_NO_INFO
        }
        return n;
    }

    private static String table(String schema, String table) {
        return schema == null || schema.isBlank() ? table : schema + "." + table;
    }
}
