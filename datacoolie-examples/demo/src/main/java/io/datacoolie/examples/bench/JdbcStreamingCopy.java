package io.datacoolie.examples.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The baseline for copies across databases: what a careful engineer writes by hand for this one table. It streams
 * the source with a fetch size (autocommit off, so PostgreSQL uses a cursor), reads every column with its typed
 * getter, and writes JDBC batches in one destination transaction, as DataCoolie commits a chunk.
 */
public final class JdbcStreamingCopy {

    /** Rows per fetch and per executeBatch. */
    public static final int BATCH = 10_000;

    /** The columns DataCoolie adds to every destination row. */
    public static final List<String> SYSTEM_COLUMNS = List.of("__created_at", "__updated_at", "__updated_by",
            "__dataflow_run_id");

    private JdbcStreamingCopy() {
    }

    /**
     * @param source a connection to the source database
     * @param sourceTable the source table
     * @param destination a connection to the destination database
     * @param destinationTable the destination table, with the source's columns
     * @param window the range of {@code updated_at}
     * @return rows copied
     * @throws SQLException when a statement fails
     */
    public static long copy(Connection source, String sourceTable, Connection destination, String destinationTable,
            Window window) throws SQLException {
        return copy(source, sourceTable, destination, destinationTable, window, false);
    }

    /**
     * @param source a connection to the source database
     * @param sourceTable the source table
     * @param destination a connection to the destination database
     * @param destinationTable the destination table, with the source's columns (and the system columns if asked)
     * @param window the range of {@code updated_at}
     * @param systemColumns also write what DataCoolie writes into every row: {@code __created_at} and
     *     {@code __updated_at} (one UTC timestamp), {@code __updated_by} ('DataCoolie') and {@code __dataflow_run_id}
     *     (a UUID), so that both produce the same destination rows
     * @return rows copied
     * @throws SQLException when a statement fails
     */
    public static long copy(Connection source, String sourceTable, Connection destination, String destinationTable,
            Window window, boolean systemColumns) throws SQLException {
        String cols = InsertSelectCopy.COLUMNS + (systemColumns ? ", " + String.join(", ", SYSTEM_COLUMNS) : "");
        int n = 7 + (systemColumns ? SYSTEM_COLUMNS.size() : 0);
        String select = "SELECT " + InsertSelectCopy.COLUMNS + " FROM " + sourceTable
                + " WHERE updated_at >= ? AND updated_at < ?";
        String insert = "INSERT INTO " + destinationTable + " (" + cols + ") VALUES ("
                + String.join(", ", Collections.nCopies(n, "?")) + ")";
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String runId = UUID.randomUUID().toString();
        source.setAutoCommit(false);
        destination.setAutoCommit(false);
        long rows = 0;
        try (PreparedStatement read = source.prepareStatement(select, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY); PreparedStatement write = destination.prepareStatement(insert)) {
            read.setFetchSize(BATCH);
            read.setObject(1, window.start());
            read.setObject(2, window.end());
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    copyRow(rs, write);
                    if (systemColumns) {
                        write.setObject(8, now);
                        write.setObject(9, now);
                        write.setString(10, "DataCoolie");
                        write.setString(11, runId);
                    }
                    write.addBatch();
                    if (++rows % BATCH == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
            destination.commit();
            source.commit();
            return rows;
        } catch (SQLException e) {
            destination.rollback();
            source.rollback();
            throw e;
        }
    }

    private static void copyRow(ResultSet rs, PreparedStatement ps) throws SQLException {
        ps.setLong(1, rs.getLong(1));
        int customer = rs.getInt(2);
        if (rs.wasNull()) {
            ps.setNull(2, Types.INTEGER);
        } else {
            ps.setInt(2, customer);
        }
        ps.setString(3, rs.getString(3));
        BigDecimal amount = rs.getBigDecimal(4);
        ps.setBigDecimal(4, amount);
        ps.setString(5, rs.getString(5));
        setTimestamp(ps, 6, rs.getObject(6, LocalDateTime.class));
        setTimestamp(ps, 7, rs.getObject(7, LocalDateTime.class));
    }

    private static void setTimestamp(PreparedStatement ps, int index, LocalDateTime value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setObject(index, value);
        }
    }
}
