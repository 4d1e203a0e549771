package io.datacoolie.metadata.watermark;

import io.datacoolie.api.DataCoolieException;
import io.datacoolie.api.spi.WatermarkStore;
import io.datacoolie.metadata.JdbcConnector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Watermarks in {@code dc_framework_watermarks} (reference §2.3): an atomic rotation of the current value into the
 * previous one, with the job id, the run id and the UTC time. The update-first upsert retries the update when a
 * concurrent insert wins, and retries deadlocks and serialization failures. {@link #put(Connection, String, String,
 * String, String)} works inside the caller's transaction, so a watermark can commit together with a chunk's rows.
 */
public final class JdbcWatermarkStore implements WatermarkStore {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final int RETRIES = 3;

    private final JdbcConnector connector;
    private final String table;
    private final Clock clock;

    /**
     * @param connector opens connections to the database holding the table
     */
    public JdbcWatermarkStore(JdbcConnector connector) {
        this(connector, "dc_framework_watermarks", Clock.systemUTC());
    }

    /**
     * @param connector opens connections to the database holding the table
     * @param table the table, optionally schema-qualified
     * @param clock gives {@code updated_at}, read in UTC
     */
    public JdbcWatermarkStore(JdbcConnector connector, String table, Clock clock) {
        this.connector = connector;
        if (!NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Optional<String> get(String dataflowId) {
        return read(dataflowId).map(WatermarkRecord::currentValue).filter(v -> !v.isBlank());
    }

    /**
     * @param connection an open connection, e.g. inside the caller's transaction
     * @param dataflowId the dataflow
     * @return the current JSON text, empty when none or blank
     * @throws SQLException when the query fails
     */
    public Optional<String> get(Connection connection, String dataflowId) throws SQLException {
        return read(connection, dataflowId).map(WatermarkRecord::currentValue).filter(v -> !v.isBlank());
    }

    /**
     * @param dataflowId the dataflow
     * @return the whole stored row
     */
    public Optional<WatermarkRecord> read(String dataflowId) {
        try (Connection c = connector.open()) {
            return read(c, dataflowId);
        } catch (SQLException e) {
            throw failure("load", dataflowId, e);
        }
    }

    private Optional<WatermarkRecord> read(Connection c, String dataflowId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT dataflow_id, current_value, previous_value, job_id,"
                + " dataflow_run_id, updated_at FROM " + table + " WHERE dataflow_id = ?")) {
            ps.setString(1, dataflowId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp at = rs.getTimestamp(6);
                return Optional.of(new WatermarkRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), at == null ? null : at.toLocalDateTime()));
            }
        }
    }

    @Override
    public void put(String dataflowId, String json, String jobId, String dataflowRunId) {
        for (int attempt = 0;; attempt++) {
            try (Connection c = connector.open()) {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    put(c, dataflowId, json, jobId, dataflowRunId);
                    c.commit();
                    return;
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(auto);
                }
            } catch (SQLException e) {
                if (attempt >= RETRIES || !transientFailure(e)) {
                    throw failure("update", dataflowId, e);
                }
                sleep(100L * (attempt + 1));
            }
        }
    }

    /**
     * Saves the columns given and keeps the other stored columns (per-column merge, W3), in the caller's
     * transaction.
     *
     * @param connection the caller's connection; not committed here
     * @param dataflowId the dataflow
     * @param columns the columns to save
     * @param jobId the job
     * @param dataflowRunId the run or chunk
     * @throws SQLException when a statement fails
     */
    public void merge(Connection connection, String dataflowId, Map<String, ?> columns, String jobId,
            String dataflowRunId) throws SQLException {
        String stored = get(connection, dataflowId).orElse(null);
        put(connection, dataflowId, WatermarkCodec.merge(stored, columns), jobId, dataflowRunId);
    }

    /**
     * Rotates and stores in the caller's transaction: the caller commits (or rolls back) together with its own
     * work. In autocommit mode each statement commits on its own.
     *
     * @param connection the caller's connection
     * @param dataflowId the dataflow
     * @param json the new JSON text
     * @param jobId the job
     * @param dataflowRunId the run or chunk
     * @throws SQLException when a statement fails
     */
    public void put(Connection connection, String dataflowId, String json, String jobId, String dataflowRunId)
            throws SQLException {
        if (update(connection, dataflowId, json, jobId, dataflowRunId) > 0) {
            return;
        }
        Savepoint sp = connection.getAutoCommit() ? null : connection.setSavepoint();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + table + " (watermark_id,"
                + " dataflow_id, current_value, previous_value, job_id, dataflow_run_id, updated_at)"
                + " VALUES (?, ?, ?, NULL, ?, ?, ?)")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, dataflowId);
            ps.setString(3, json);
            ps.setString(4, jobId);
            ps.setString(5, dataflowRunId);
            ps.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now(clock)));
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!uniqueViolation(e)) {
                throw e;
            }
            // A concurrent writer inserted first: undo our insert attempt and rotate its row instead.
            if (sp != null) {
                connection.rollback(sp);
            }
            update(connection, dataflowId, json, jobId, dataflowRunId);
        }
    }

    private int update(Connection c, String dataflowId, String json, String jobId, String runId) throws SQLException {
        // previous_value is assigned first: MySQL/MariaDB evaluate SET left to right, the standard uses the old row.
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET previous_value = current_value,"
                + " current_value = ?, job_id = ?, dataflow_run_id = ?, updated_at = ? WHERE dataflow_id = ?")) {
            ps.setString(1, json);
            ps.setString(2, jobId);
            ps.setString(3, runId);
            ps.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now(clock)));
            ps.setString(5, dataflowId);
            return ps.executeUpdate();
        }
    }

    static boolean uniqueViolation(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    static boolean transientFailure(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.equals("40001") || state.equals("40P01") || e.getErrorCode() == 1213 || e.getErrorCode() == 1205;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataCoolieException("Interrupted while retrying a watermark update", e);
        }
    }

    private static DataCoolieException failure(String what, String dataflowId, SQLException e) {
        return new DataCoolieException("Failed to " + what + " watermark for dataflow '" + dataflowId + "': "
                + e.getMessage(), e);
    }

    @Override
    public String toString() {
        return "JdbcWatermarkStore[" + table + "]";
    }
}
