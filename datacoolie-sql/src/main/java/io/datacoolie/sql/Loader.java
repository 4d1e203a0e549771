package io.datacoolie.sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves the read's rows into a target table: pushed down as one {@code INSERT ... SELECT} inside one database, or
 * streamed (fetch size, batched inserts) between databases, tracking count and watermark maxima on the way.
 */
final class Loader {
    private final DataflowSql sql;
    private final DestinationTable t;
    private final TransferOptions options;
    private final List<Object> frameworkValues;
    private long streamedCount;
    private final Map<String, Object> streamedMax = new LinkedHashMap<>();

    Loader(DataflowSql sql, DestinationTable t, TransferOptions options, String runId, LocalDateTime nowUtc) {
        this.sql = sql;
        this.t = t;
        this.options = options;
        List<Object> fw = new ArrayList<>();
        if (t.scd2) {
            fw.add(null);
            fw.add(Boolean.TRUE);
        }
        Collections.addAll(fw, nowUtc, nowUtc, "DataCoolie", runId);
        this.frameworkValues = Collections.unmodifiableList(fw);
    }

    /** Same database: one statement, no row through the JVM. */
    long pushDown(Exec exec, String target, ReadWindow w) throws SQLException {
        Dialect d = t.dialect;
        boolean cast = d != Dialect.MARIADB && d != Dialect.MYSQL;
        List<String> extra = new ArrayList<>();
        List<Object> binds = new ArrayList<>();
        if (t.scd2) {
            String type = t.schema.find("__valid_to").orElseThrow().typeName();
            extra.add(cast ? "CAST(NULL AS " + type + ")" : "NULL");
            extra.add("TRUE");
        }
        String ts = cast ? "CAST(? AS TIMESTAMP)" : "?";
        String str = cast ? "CAST(? AS VARCHAR(64))" : "?";
        Collections.addAll(extra, ts, ts, str, str);
        binds.addAll(frameworkValues.subList(frameworkValues.size() - 4, frameworkValues.size()));
        BoundSql select = sql.select(w, extra, binds);
        return exec.update(new BoundSql("INSERT INTO " + target + " (" + t.columnList() + ") " + select.sql(),
                select.binds()));
    }

    /** Different databases: stream with a fetch size and batched inserts; returns rows written. */
    long stream(Connection src, Exec exec, String target, ReadWindow w) throws SQLException {
        List<String> wm = sql.watermarkColumns();
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < wm.size(); i++) {
            extra.add(sql.sourceDialect().quote(wm.get(i)) + " AS " + sql.sourceDialect().quote("__dc_wm" + i));
        }
        BoundSql read = sql.transformDropsRows() ? sql.read(w) : sql.select(w, extra, List.of());
        boolean trackWatermarks = !sql.transformDropsRows();
        int nOut = t.outputs.size();
        String placeholders = String.join(", ", Collections.nCopies(nOut + frameworkValues.size(), "?"));
        String insert = "INSERT INTO " + target + " (" + t.columnList() + ") VALUES (" + placeholders + ")";
        // PostgreSQL only streams with a cursor inside a transaction; never touch a connection the caller writes on.
        boolean restore = src != exec.connection() && src.getAutoCommit() && sql.sourceDialect() == Dialect.POSTGRES;
        if (restore) {
            src.setAutoCommit(false);
        }
        long written;
        Object[] row = new Object[nOut + frameworkValues.size()];
        for (int i = 0; i < frameworkValues.size(); i++) {
            row[nOut + i] = frameworkValues.get(i);
        }
        try (PreparedStatement ps = src.prepareStatement(read.sql(), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY); RowSink sink = sink(exec, target, insert)) {
            ps.setFetchSize(options.fetchSize());
            Exec.bind(ps, read.binds());
            try (ResultSet rs = ps.executeQuery()) {
                boolean[] naive = naiveTimestamps(rs, nOut);
                while (rs.next()) {
                    for (int i = 0; i < nOut; i++) {
                        row[i] = naive[i] ? rs.getObject(i + 1, LocalDateTime.class) : rs.getObject(i + 1);
                    }
                    if (trackWatermarks) {
                        track(rs, nOut, wm);
                    }
                    sink.add(row);
                }
            }
            written = sink.finish();
        } finally {
            if (restore) {
                src.rollback();
                src.setAutoCommit(true);
            }
        }
        return written;
    }

    /**
     * Marks the columns read as LocalDateTime rather than java.sql.Timestamp: the drivers build a Timestamp through
     * a Calendar in the JVM's zone on both read and write, which profiled as the largest client cost of a
     * PostgreSQL to MariaDB copy (and cannot represent a local time in a DST gap).
     */
    private static boolean[] naiveTimestamps(ResultSet rs, int nOut) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        boolean[] naive = new boolean[nOut];
        for (int i = 0; i < nOut; i++) {
            naive[i] = isNaiveTimestamp(md.getColumnType(i + 1), md.getColumnTypeName(i + 1));
        }
        return naive;
    }

    private static boolean isNaiveTimestamp(int jdbcType, String typeName) {
        return jdbcType == Types.TIMESTAMP && !new Column("c", jdbcType, typeName, 0, 0, true).isZoned();
    }

    private RowSink sink(Exec exec, String target, String insert) throws SQLException {
        if (options.useCopy() && t.dialect.supportsCopy()) {
            RowSink copy = PgCopySink.open(exec.connection(), target, t.columnList());
            if (copy != null) {
                exec.record(BoundSql.of("COPY " + target + " (" + t.columnList() + ") FROM STDIN (FORMAT csv)"));
                return copy;
            }
        }
        exec.record(BoundSql.of(insert)); // logged once; executed in batches
        return new BatchInsertSink(exec.connection(), insert, options.batchSize());
    }

    private void track(ResultSet rs, int nOut, List<String> wm) throws SQLException {
        streamedCount++;
        for (int i = 0; i < wm.size(); i++) {
            Object v = read(rs, nOut + 1 + i, sql.source().find(wm.get(i)).orElseThrow());
            String key = sql.watermarkKeys().get(i);
            Object cur = streamedMax.get(key);
            if (v != null && (cur == null || compare(v, cur) > 0)) {
                streamedMax.put(key, v);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof OffsetDateTime && b instanceof OffsetDateTime) {
            return ((OffsetDateTime) a).toInstant().compareTo(((OffsetDateTime) b).toInstant());
        }
        return ((Comparable) a).compareTo(b);
    }

    static Object read(ResultSet rs, int i, Column c) throws SQLException {
        if (c.isZoned()) {
            return rs.getObject(i, OffsetDateTime.class);
        }
        return isNaiveTimestamp(c.jdbcType(), c.typeName()) ? rs.getObject(i, LocalDateTime.class)
                : normalize(rs.getObject(i));
    }

    /** Converts driver types to java.time and Long, so watermark values compare and serialise alike. */
    static Object normalize(Object v) {
        if (v instanceof java.sql.Timestamp) {
            return ((java.sql.Timestamp) v).toLocalDateTime();
        }
        if (v instanceof java.sql.Date) {
            return ((java.sql.Date) v).toLocalDate();
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte || v instanceof java.math.BigInteger) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigDecimal && ((BigDecimal) v).scale() <= 0) {
            try {
                return ((BigDecimal) v).longValueExact();
            } catch (ArithmeticException e) {
                return v;
            }
        }
        return v;
    }

    long streamedCount() {
        return streamedCount;
    }

    Map<String, Object> streamedMax() {
        sql.watermarkKeys().forEach(c -> streamedMax.putIfAbsent(c, null));
        return streamedMax;
    }
}
