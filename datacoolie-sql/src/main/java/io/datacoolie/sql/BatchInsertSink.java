package io.datacoolie.sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Batched parameterised INSERTs (MariaDB rewrites them into multi-row inserts with rewriteBatchedStatements). */
final class BatchInsertSink implements RowSink {
    private final PreparedStatement ps;
    private final int batchSize;
    private int pending;
    private long written;

    BatchInsertSink(Connection dst, String insert, int batchSize) throws SQLException {
        this.ps = dst.prepareStatement(insert);
        this.batchSize = batchSize;
    }

    @Override
    public void add(Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            set(i + 1, row[i]);
        }
        ps.addBatch();
        if (++pending == batchSize) {
            flush();
        }
    }

    /** Typed setters for the common types: MariaDB's setObject searches its codec list for every value. */
    private void set(int index, Object v) throws SQLException {
        if (v instanceof String) {
            ps.setString(index, (String) v);
        } else if (v instanceof Long) {
            ps.setLong(index, (Long) v);
        } else if (v instanceof Integer) {
            ps.setInt(index, (Integer) v);
        } else if (v instanceof BigDecimal) {
            ps.setBigDecimal(index, (BigDecimal) v);
        } else {
            ps.setObject(index, v);
        }
    }

    private void flush() throws SQLException {
        for (long c : ps.executeLargeBatch()) {
            written += c >= 0 ? c : 1; // SUCCESS_NO_INFO (-2): written, not counted by the driver
        }
        pending = 0;
    }

    @Override
    public long finish() throws SQLException {
        if (pending > 0) {
            flush();
        }
        return written;
    }

    @Override
    public void close() throws SQLException {
        ps.close();
    }
}
