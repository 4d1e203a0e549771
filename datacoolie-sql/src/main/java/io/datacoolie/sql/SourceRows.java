package io.datacoolie.sql;

import io.datacoolie.sql.internal.OutputColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One window's source rows, read with a fetch size into fresh row arrays of the write width (outputs, then the
 * framework values), while counting them and tracking the watermark columns' maxima.
 *
 * <p>A watermark column that the read already copies to an output is tracked from that output's value; only a
 * zoned one, or one the transform drops or renames away, is selected a second time (as {@code __dc_wm<i>}).
 * Not thread-safe: one thread at a time calls {@link #fill}; the counts are read after it is done.
 */
final class SourceRows implements AutoCloseable {
    private final PreparedStatement ps;
    private final ResultSet rs;
    private final int nOut;
    private final Object[] template;
    private final boolean[] naive;
    private final boolean track;
    /** Per watermark column: the row index holding it, or -1 when read from the result column {@link #extra}. */
    private final int[] fromRow;
    private final int[] extra;
    private final Column[] wmColumns;
    private final Object[] max;
    private final List<String> keys;
    private long count;

    private SourceRows(DataflowSql sql, PreparedStatement ps, ResultSet rs, int nOut, List<Object> framework,
            boolean track, int[] fromRow, int[] extra) throws SQLException {
        this.ps = ps;
        this.rs = rs;
        this.nOut = nOut;
        this.template = new Object[nOut + framework.size()];
        for (int i = 0; i < framework.size(); i++) {
            template[nOut + i] = framework.get(i);
        }
        this.naive = naiveTimestamps(rs, nOut);
        this.track = track;
        this.fromRow = fromRow;
        this.extra = extra;
        List<String> wm = sql.watermarkColumns();
        this.wmColumns = new Column[wm.size()];
        for (int i = 0; i < wm.size(); i++) {
            wmColumns[i] = sql.source().find(wm.get(i)).orElseThrow();
        }
        this.max = new Object[wm.size()];
        this.keys = sql.watermarkKeys();
    }

    /**
     * Runs the window's read.
     *
     * @param sql the compiled dataflow
     * @param src the source connection (PostgreSQL only streams with a cursor inside a transaction: the caller
     *     turns autocommit off)
     * @param w the window
     * @param framework the values written after the outputs in every row
     * @param fetchSize rows per fetch
     * @param log where the executed read is recorded
     * @return the open rows
     * @throws SQLException when the source fails
     */
    static SourceRows open(DataflowSql sql, Connection src, ReadWindow w, List<Object> framework, int fetchSize,
            Exec log) throws SQLException {
        List<OutputColumn> outs = sql.outputs();
        List<String> wm = sql.watermarkColumns();
        boolean track = !sql.transformDropsRows();
        int[] fromRow = new int[wm.size()];
        int[] extra = new int[wm.size()];
        List<String> extraSql = new ArrayList<>();
        for (int i = 0; i < wm.size(); i++) {
            fromRow[i] = track ? copiedAt(outs, sql.source().find(wm.get(i)).orElseThrow()) : -1;
            if (track && fromRow[i] < 0) {
                extraSql.add(sql.sourceDialect().quote(wm.get(i)) + " AS " + sql.sourceDialect().quote("__dc_wm" + i));
                extra[i] = outs.size() + extraSql.size();
            }
        }
        BoundSql read = sql.select(w, extraSql, List.of());
        log.record(read);
        PreparedStatement ps = src.prepareStatement(read.sql(), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        try {
            ps.setFetchSize(fetchSize);
            Exec.bind(ps, read.binds());
            ResultSet rs = ps.executeQuery();
            return new SourceRows(sql, ps, rs, outs.size(), framework, track, fromRow, extra);
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** The output index that copies {@code c} unchanged, or -1 (zoned values are read as OffsetDateTime apart). */
    private static int copiedAt(List<OutputColumn> outs, Column c) {
        if (c.isZoned()) {
            return -1;
        }
        for (int i = 0; i < outs.size(); i++) {
            Column s = outs.get(i).source();
            if (s != null && s.name().equals(c.name())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads the next rows into {@code into}, each a fresh array (they may be queued while the next ones are read).
     *
     * @param into where the rows go, from index 0
     * @return how many were read; fewer than {@code into.length} only at the end
     * @throws SQLException when the source fails
     */
    int fill(Object[][] into) throws SQLException {
        int n = 0;
        while (n < into.length && rs.next()) {
            Object[] row = template.clone();
            for (int i = 0; i < nOut; i++) {
                row[i] = naive[i] ? rs.getObject(i + 1, LocalDateTime.class) : rs.getObject(i + 1);
            }
            if (track) {
                track(row);
            }
            into[n++] = row;
        }
        return n;
    }

    private void track(Object[] row) throws SQLException {
        count++;
        for (int i = 0; i < max.length; i++) {
            Object v = fromRow[i] >= 0 ? Loader.normalize(row[fromRow[i]]) : read(rs, extra[i], wmColumns[i]);
            if (v != null && (max[i] == null || compare(v, max[i]) > 0)) {
                max[i] = v;
            }
        }
    }

    /** @return rows read (only counted when the transform drops no row) */
    long count() {
        return count;
    }

    /** @return the watermark maxima by the dataflow's watermark names (null values when no row was read) */
    Map<String, Object> max() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < max.length; i++) {
            m.put(keys.get(i), max[i]);
        }
        return m;
    }

    @Override
    public void close() throws SQLException {
        try {
            rs.close();
        } finally {
            ps.close();
        }
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

    static boolean isNaiveTimestamp(int jdbcType, String typeName) {
        return jdbcType == Types.TIMESTAMP && !new Column("c", jdbcType, typeName, 0, 0, true).isZoned();
    }

    /**
     * @param rs a result set on its row
     * @param i the column index
     * @param c the source column it reads
     * @return the value as watermarks hold it: OffsetDateTime, LocalDateTime, LocalDate, Long, or the driver's
     * @throws SQLException when the driver fails
     */
    static Object read(ResultSet rs, int i, Column c) throws SQLException {
        if (c.isZoned()) {
            return rs.getObject(i, OffsetDateTime.class);
        }
        return isNaiveTimestamp(c.jdbcType(), c.typeName()) ? rs.getObject(i, LocalDateTime.class)
                : Loader.normalize(rs.getObject(i));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof OffsetDateTime && b instanceof OffsetDateTime) {
            return ((OffsetDateTime) a).toInstant().compareTo(((OffsetDateTime) b).toInstant());
        }
        return ((Comparable) a).compareTo(b);
    }
}
