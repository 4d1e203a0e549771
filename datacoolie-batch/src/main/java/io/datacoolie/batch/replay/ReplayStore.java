package io.datacoolie.batch.replay;

import io.datacoolie.api.DataCoolieException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The replay plan and chunk ledger, kept in the DESTINATION database next to the rows: {@code datacoolie_replay}
 * (one row per submitted replay) and {@code datacoolie_replay_chunk} (its stored plan, one row per chunk). A chunk
 * is marked done by {@link #markDone} inside the same transaction that writes its rows, so a chunk is never applied
 * twice, and never lost, whatever crashes in between.
 */
public final class ReplayStore {
    static final String REPLAY = "datacoolie_replay";
    static final String CHUNK = "datacoolie_replay_chunk";

    /** Pools whose database already has the tables: the DDL check runs once per pool, not once per chunk. */
    private static final java.util.Set<DataSource> READY = java.util.Collections.newSetFromMap(
            new java.util.WeakHashMap<>());

    private final DataSource dataSource;

    /** @param destination the destination database */
    public ReplayStore(DataSource destination) {
        this.dataSource = destination;
        synchronized (READY) {
            if (!READY.contains(destination)) {
                ensureTables();
                READY.add(destination);
            }
        }
    }

    private void ensureTables() {
        try (Connection c = dataSource.getConnection()) {
            create(c, "CREATE TABLE IF NOT EXISTS " + REPLAY + " (replay_id VARCHAR(36) NOT NULL PRIMARY KEY,"
                    + " replay_key VARCHAR(64) NOT NULL, dataflow_id VARCHAR(200) NOT NULL,"
                    + " request VARCHAR(1000) NOT NULL, chunk_column VARCHAR(200) NOT NULL,"
                    + " save_watermark INT NOT NULL, status VARCHAR(16) NOT NULL, job_instance_id BIGINT,"
                    + " created_at BIGINT NOT NULL, finished_at BIGINT)");
            create(c, "CREATE TABLE IF NOT EXISTS " + CHUNK + " (replay_id VARCHAR(36) NOT NULL,"
                    + " chunk_index INT NOT NULL, chunk_start VARCHAR(64) NOT NULL, chunk_end VARCHAR(64) NOT NULL,"
                    + " status VARCHAR(16) NOT NULL, dataflow_run_id VARCHAR(36), rows_read BIGINT,"
                    + " rows_written BIGINT, finished_at BIGINT, PRIMARY KEY (replay_id, chunk_index))");
        } catch (SQLException e) {
            throw failure("create the replay ledger tables", e);
        }
    }

    private static void create(Connection c, String ddl) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute(ddl);
        } catch (SQLException raced) {
            // Two processes creating the table at once: PostgreSQL reports a duplicate type; the table is there.
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT COUNT(*) FROM " + ddl.split(" ")[5]).close();
            } catch (SQLException missing) {
                throw raced;
            }
        }
    }

    /**
     * Finds the unfinished replay of this request, or stores a new one with its plan.
     *
     * @param request the request
     * @param fresh true to always store a new replay
     * @param plan the chunk bounds as text pairs, computed only when a new replay is stored
     * @param jobInstanceId the job instance submitting it, or null
     * @return the stored replay
     */
    public StoredReplay findOrCreate(ReplayRequest request, boolean fresh,
            java.util.function.Supplier<List<String[]>> plan, Long jobInstanceId) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (!fresh) {
                Optional<String> open = one(c, "SELECT replay_id FROM " + REPLAY + " WHERE replay_key = ? AND status"
                        + " <> 'completed' ORDER BY created_at DESC", request.key());
                if (open.isPresent()) {
                    c.commit();
                    return load(open.get());
                }
            }
            String id = UUID.randomUUID().toString();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + REPLAY + " (replay_id, replay_key,"
                    + " dataflow_id, request, chunk_column, save_watermark, status, job_instance_id, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?)")) {
                p.setString(1, id);
                p.setString(2, request.key());
                p.setString(3, request.dataflowId());
                p.setString(4, truncate(request.describe(), 1000));
                p.setString(5, request.chunkColumn());
                p.setInt(6, request.saveWatermark() ? 1 : 0);
                p.setObject(7, jobInstanceId);
                p.setLong(8, System.currentTimeMillis());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + CHUNK + " (replay_id, chunk_index,"
                    + " chunk_start, chunk_end, status) VALUES (?, ?, ?, ?, 'planned')")) {
                int i = 0;
                for (String[] b : plan.get()) {
                    p.setString(1, id);
                    p.setInt(2, i++);
                    p.setString(3, b[0]);
                    p.setString(4, b[1]);
                    p.addBatch();
                    if (i % 1000 == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            c.commit();
            return load(id);
        } catch (SQLException e) {
            throw failure("store the replay plan", e);
        }
    }

    /**
     * @param jobInstanceId a job instance
     * @return the replay that instance created, if any
     */
    public Optional<StoredReplay> findByJobInstance(long jobInstanceId) {
        try (Connection c = dataSource.getConnection()) {
            return one(c, "SELECT replay_id FROM " + REPLAY + " WHERE job_instance_id = ?", jobInstanceId)
                    .map(this::load);
        } catch (SQLException e) {
            throw failure("read the replay ledger", e);
        }
    }

    /**
     * @param replayId a stored replay
     * @return it, with its plan and ledger
     */
    public StoredReplay load(String replayId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT dataflow_id, chunk_column, save_watermark, status"
                        + " FROM " + REPLAY + " WHERE replay_id = ?")) {
            p.setString(1, replayId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new DataCoolieException("Replay '" + replayId + "' is not stored in the destination"
                            + " database. Leave replay_id out to start a new replay.");
                }
                return new StoredReplay(replayId, rs.getString(1), rs.getString(2), rs.getInt(3) != 0,
                        rs.getString(4), chunks(c, replayId));
            }
        } catch (SQLException e) {
            throw failure("read the replay ledger", e);
        }
    }

    /**
     * Reads what one chunk needs, in one indexed query on the ledger's primary key: the replay, the chunk and its
     * predecessor. Chunks are marked done only after their predecessor check passed and never become undone, so
     * the predecessor being done means every earlier chunk is; reading the whole plan per chunk made a replay of n
     * chunks read n^2 ledger rows.
     *
     * @param replayId a stored replay
     * @param index a chunk of it
     * @return the replay with only that chunk and (when index > 0) its predecessor in {@link StoredReplay#chunks()}
     */
    public StoredReplay loadChunk(String replayId, int index) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT r.dataflow_id, r.chunk_column, r.save_watermark,"
                        + " r.status, c.chunk_index, c.chunk_start, c.chunk_end, c.status, c.dataflow_run_id,"
                        + " c.rows_read, c.rows_written FROM " + REPLAY + " r JOIN " + CHUNK + " c ON c.replay_id"
                        + " = r.replay_id WHERE r.replay_id = ? AND c.replay_id = ? AND c.chunk_index >= ?"
                        + " AND c.chunk_index <= ? ORDER BY c.chunk_index")) {
            p.setString(1, replayId);
            p.setString(2, replayId);
            p.setInt(3, index - 1);
            p.setInt(4, index);
            try (ResultSet rs = p.executeQuery()) {
                List<StoredChunk> out = new ArrayList<>(2);
                StoredReplay head = null;
                while (rs.next()) {
                    if (head == null) {
                        head = new StoredReplay(replayId, rs.getString(1), rs.getString(2), rs.getInt(3) != 0,
                                rs.getString(4), List.of());
                    }
                    out.add(new StoredChunk(rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getLong(10), rs.getLong(11)));
                }
                if (out.isEmpty() || out.get(out.size() - 1).index() != index) {
                    load(replayId); // names a missing replay
                    throw new DataCoolieException("Replay '" + replayId + "' has no chunk " + index + ".");
                }
                return new StoredReplay(replayId, head.dataflowId(), head.chunkColumn(), head.saveWatermark(),
                        head.status(), out);
            }
        } catch (SQLException e) {
            throw failure("read the replay ledger", e);
        }
    }

    /**
     * @param replayId a stored replay
     * @return the index of its first chunk not done, or -1
     */
    public int firstUndone(String replayId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT MIN(chunk_index) FROM " + CHUNK + " WHERE"
                        + " replay_id = ? AND status NOT IN ('succeeded', 'skipped', 'covered')")) {
            p.setString(1, replayId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                int first = rs.getInt(1);
                return rs.wasNull() ? -1 : first;
            }
        } catch (SQLException e) {
            throw failure("read the replay ledger", e);
        }
    }

    private static List<StoredChunk> chunks(Connection c, String replayId) throws SQLException {
        List<StoredChunk> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT chunk_index, chunk_start, chunk_end, status,"
                + " dataflow_run_id, rows_read, rows_written FROM " + CHUNK + " WHERE replay_id = ?"
                + " ORDER BY chunk_index")) {
            p.setString(1, replayId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredChunk(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getLong(7)));
                }
            }
        }
        return out;
    }

    /**
     * Marks a chunk done inside the caller's destination transaction. Only a chunk not yet done is updated, and the
     * row lock serialises two runners of the same chunk.
     *
     * @param txn the destination connection holding the chunk's writes, not committed
     * @param replayId the replay
     * @param index the chunk
     * @param status {@code succeeded}, {@code skipped} or {@code covered}
     * @param runId the chunk's run id
     * @param read rows read
     * @param written rows written
     * @return true when this call marked it; false when it was already done (the caller rolls back)
     * @throws SQLException on a database error
     */
    public static boolean markDone(Connection txn, String replayId, int index, String status, String runId,
            long read, long written) throws SQLException {
        try (PreparedStatement p = txn.prepareStatement("UPDATE " + CHUNK + " SET status = ?, dataflow_run_id = ?,"
                + " rows_read = ?, rows_written = ?, finished_at = ? WHERE replay_id = ? AND chunk_index = ?"
                + " AND status NOT IN ('succeeded', 'skipped', 'covered')")) {
            p.setString(1, status);
            p.setString(2, runId);
            p.setLong(3, read);
            p.setLong(4, written);
            p.setLong(5, System.currentTimeMillis());
            p.setString(6, replayId);
            p.setInt(7, index);
            return p.executeUpdate() == 1;
        }
    }

    /**
     * Records a failed attempt (outside the rolled-back chunk transaction), for status displays.
     *
     * @param replayId the replay
     * @param index the chunk
     * @param runId the failed run's id
     */
    public void markFailed(String replayId, int index, String runId) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement p = c.prepareStatement("UPDATE " + CHUNK + " SET status = 'failed',"
                    + " dataflow_run_id = ? WHERE replay_id = ? AND chunk_index = ? AND status = 'planned'")) {
                p.setString(1, runId);
                p.setString(2, replayId);
                p.setInt(3, index);
                p.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure("record a failed chunk", e);
        }
    }

    /**
     * Marks the replay completed when every chunk is done, so that asking for it again starts over.
     *
     * @param replayId the replay
     * @return true when it is complete
     */
    public boolean completeIfDone(String replayId) {
        if (firstUndone(replayId) >= 0) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement p = c.prepareStatement("UPDATE " + REPLAY + " SET status = 'completed',"
                    + " finished_at = ? WHERE replay_id = ?")) {
                p.setLong(1, System.currentTimeMillis());
                p.setString(2, replayId);
                p.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw failure("complete the replay", e);
        }
    }

    private static Optional<String> one(Connection c, String sql, Object arg) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, arg);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static DataCoolieException failure(String what, SQLException e) {
        return new DataCoolieException("Cannot " + what + " in the destination database: " + e.getMessage(), e);
    }
}
