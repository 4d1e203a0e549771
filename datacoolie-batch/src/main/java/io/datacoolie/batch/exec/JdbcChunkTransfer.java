package io.datacoolie.batch.exec;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.LoadType;
import io.datacoolie.api.UnsupportedDialectException;
import io.datacoolie.api.chunk.ChunkInterval;
import io.datacoolie.sql.BoundSql;
import io.datacoolie.sql.DataflowSql;
import io.datacoolie.sql.ReadWindow;
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
 * Moves one window: the SQL module renders the source read (chunk predicate pushed down, filter kept, typed binds);
 * rows are streamed and inserted in JDBC batches into the existing destination with the framework columns it has.
 * A replay chunk first deletes the destination rows of its range, so running a chunk twice leaves one copy. Only
 * {@code append} is written here; other load strategies need the SQL module's writer.
 */
public final class JdbcChunkTransfer implements ChunkTransfer {
    private static final int BATCH = 1000;
    private final CompiledFlows flows = new CompiledFlows();

    @Override
    public TransferResult transfer(Connection src, Connection dst, DataFlow df, Window w, String runId)
            throws SQLException {
        if (df.destination().loadType() != LoadType.APPEND) {
            throw new UnsupportedDialectException("Dataflow '" + df.displayName() + "': load_type '"
                    + df.destination().loadType().wireName() + "' is not supported by this writer yet. Use 'append'.");
        }
        DataflowSql sql = flows.compile(df, src, dst);
        BoundSql read = sql.read(readWindow(w));
        String dstTable = CompiledFlows.qualified(df.destination().schemaName(), df.destination().table());
        Map<String, String> dstCols = columns(dst, dstTable);
        long deleted = w.isChunk() ? deleteRange(dst, dstTable, dstCols, w) : 0;
        Map<String, Object> maxima = new LinkedHashMap<>();
        sql.watermarkColumns().forEach(c -> maxima.put(c, null));
        long[] counts = new long[2];
        try (PreparedStatement q = src.prepareStatement(read.sql())) {
            q.setFetchSize(BATCH);
            for (int i = 0; i < read.binds().size(); i++) {
                q.setObject(i + 1, read.binds().get(i));
            }
            try (ResultSet rs = q.executeQuery()) {
                copy(rs, dst, dstTable, dstCols, runId, maxima, counts);
            }
        }
        return new TransferResult(read.sql(), read.binds(), counts[0], counts[1], deleted, maxima);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ReadWindow readWindow(Window w) {
        if (w.isChunk()) {
            Comparable lo = (Comparable) w.lower().get(w.chunkColumn());
            Comparable hi = (Comparable) w.upper().get(w.chunkColumn());
            return ReadWindow.chunk(w.chunkColumn(), ChunkInterval.of(lo, hi), w.zone());
        }
        return w.lower().values().stream().allMatch(v -> v == null) ? ReadWindow.all() : ReadWindow.after(w.lower());
    }

    private static long deleteRange(Connection dst, String table, Map<String, String> cols, Window w)
            throws SQLException {
        String c = cols.get(w.chunkColumn().toLowerCase(Locale.ROOT));
        if (c == null) {
            return 0;
        }
        try (PreparedStatement del = dst.prepareStatement("DELETE FROM " + table + " WHERE " + c + " >= ? AND " + c
                + " < ?")) {
            del.setObject(1, w.lower().get(w.chunkColumn()));
            del.setObject(2, w.upper().get(w.chunkColumn()));
            return del.executeUpdate();
        }
    }

    private static void copy(ResultSet rs, Connection dst, String table, Map<String, String> dstCols, String runId,
            Map<String, Object> maxima, long[] counts) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<Integer> srcIdx = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<String, Integer> wmIdx = new HashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String n = md.getColumnLabel(i);
            String key = n.toLowerCase(Locale.ROOT);
            if (dstCols.containsKey(key) && !key.startsWith("__")) {
                srcIdx.add(i);
                names.add(dstCols.get(key));
            }
            for (String k : maxima.keySet()) {
                if (k.equalsIgnoreCase(n)) {
                    wmIdx.put(k, i);
                }
            }
        }
        Map<String, Object> framework = frameworkValues(dstCols, runId);
        names.addAll(framework.keySet());
        try (PreparedStatement ins = dst.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", names)
                + ") VALUES (" + "?, ".repeat(names.size() - 1) + "?)")) {
            int pending = 0;
            while (rs.next()) {
                counts[0]++;
                int p = 1;
                for (int i : srcIdx) {
                    ins.setObject(p++, rs.getObject(i));
                }
                for (Object v : framework.values()) {
                    ins.setObject(p++, v);
                }
                track(rs, wmIdx, maxima);
                ins.addBatch();
                if (++pending == BATCH) {
                    counts[1] += sum(ins.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                counts[1] += sum(ins.executeBatch());
            }
        }
    }

    private static void track(ResultSet rs, Map<String, Integer> idx, Map<String, Object> maxima)
            throws SQLException {
        for (Map.Entry<String, Integer> e : idx.entrySet()) {
            Object v = Values.normalize(rs.getObject(e.getValue()));
            Object cur = maxima.get(e.getKey());
            if (v instanceof Comparable && (cur == null || Values.compare(v, cur) > 0)) {
                maxima.put(e.getKey(), v);
            }
        }
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
}
