package io.datacoolie.sql;

import io.datacoolie.api.DataCoolieException;
import io.datacoolie.api.LoadType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs one window of a dataflow: reads the source, writes the destination with its load strategy, and reports
 * counts and watermark maxima. It never commits or rolls back the destination: the caller owns that transaction, so
 * the chunk's rows and the caller's bookkeeping commit together. Replay chunks replace their range (or merge on keys),
 * so running a chunk twice leaves the destination as running it once.
 *
 * <p>Same database (detected from URL and user, or forced through {@link TransferOptions}): the chunk runs as
 * {@code INSERT INTO dst (...) SELECT ... FROM src WHERE ...}. Otherwise rows stream with a fetch size into batched
 * inserts. Key-based strategies land the batch in a session temporary table first. Merge keys must not be NULL:
 * a batch with a NULL key fails before anything is applied (NULL never equals NULL, so such a row could not be
 * matched on a re-run, which would break idempotence).
 */
public final class ChunkTransfer {
    private final DataflowSql sql;
    private final TransferOptions options;

    /**
     * @param sql the compiled dataflow
     * @param options tuning; {@link TransferOptions#DEFAULTS} when in doubt
     */
    public ChunkTransfer(DataflowSql sql, TransferOptions options) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Creates the destination table when it is missing (types mapped from the read). On H2 and MariaDB, DDL commits
     * the destination's open transaction, so call this before the chunk's transaction starts.
     *
     * @param src the source connection
     * @param dst the destination connection
     * @throws SQLException when a database fails
     */
    public void prepareDestination(Connection src, Connection dst) throws SQLException {
        DestinationState.of(sql, dst).table(src, dst, sql, options.createMissingTable());
    }

    /**
     * Transfers one window. Does not commit.
     *
     * @param src the source connection (only read)
     * @param dst the destination connection; the caller commits or rolls back
     * @param window the rows to move
     * @param runId written into {@code __dataflow_run_id}
     * @param now written into {@code __created_at}/{@code __updated_at}, as a UTC timestamp
     * @return counts, executed statements and watermark maxima
     * @throws SQLException when a database fails; the destination transaction should then be rolled back
     */
    public TransferResult execute(Connection src, Connection dst, ReadWindow window, String runId, Instant now)
            throws SQLException {
        DestinationState state = DestinationState.of(sql, dst);
        try {
            return execute(state, src, dst, window, runId, now);
        } catch (SQLException | RuntimeException e) {
            state.invalidate();
            throw e;
        }
    }

    private TransferResult execute(DestinationState state, Connection src, Connection dst, ReadWindow window,
            String runId, Instant now) throws SQLException {
        DestinationTable t = state.table(src, dst, sql, options.createMissingTable());
        List<BoundSql> log = new ArrayList<>();
        Exec exec = new Exec(dst, log);
        boolean same = options.sameDatabase() != null ? options.sameDatabase() : SameDatabase.test(src, dst);
        LocalDateTime nowUtc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        Loader loader = new Loader(sql, t, options, runId, nowUtc);
        // A second (aggregate) query only when the load itself cannot tell: rows dropped by the transform, or the
        // watermark maxima of a pushed-down incremental read (taken before the insert, so no row is skipped later).
        boolean needStats = sql.transformDropsRows() || same && !(window instanceof ReadWindow.Chunk);
        Stats stats = needStats ? stats(src, window, log) : null;
        LoadType lt = sql.dataflow().destination().loadType();
        boolean keyed = lt.needsMergeKeys() && !(lt == LoadType.MERGE_OVERWRITE && replaceRange(window));
        long deleted = keyed ? 0 : clear(exec, t, window, stats, lt, state.fresh);
        String target = keyed ? StageTable.prepare(exec, t) : t.qualified;
        long written = same ? loader.pushDown(exec, target, window) : loader.stream(src, exec, target, window);
        long inserted = written;
        long updated = 0;
        if (keyed) {
            Applied a = new Strategies(sql, t, exec, new WriteSql(t, target)).apply(lt, runId, nowUtc);
            inserted = a.inserted();
            updated = a.updated();
            deleted += a.deleted();
        }
        long read = stats != null ? stats.count : same ? written : loader.streamedCount();
        Map<String, Object> max = stats != null ? stats.max : same ? Map.of() : loader.streamedMax();
        return new TransferResult(read, written, inserted, updated, deleted, same, log, max);
    }

    private boolean replaceRange(ReadWindow w) {
        return sql.dataflow().destination().replaceByWatermark() && w instanceof ReadWindow.Chunk;
    }

    /** Append and overwrite: a replay chunk replaces its range; overwrite outside replay replaces everything. */
    private long clear(Exec exec, DestinationTable t, ReadWindow w, Stats stats, LoadType lt, FreshRanges fresh)
            throws SQLException {
        if (w instanceof ReadWindow.Chunk) {
            ReadWindow.Chunk c = (ReadWindow.Chunk) w;
            String name = destinationColumn(t, sql.chunkColumn(c.column()), "chunk column");
            if (fresh.provablyEmpty(t.created, name, c.interval())) {
                return 0; // this process created the table and never wrote this range: nothing to delete
            }
            String col = t.dialect.quote(name);
            return exec.update(new BoundSql("DELETE FROM " + t.qualified + " WHERE " + col + " >= ? AND " + col
                    + " < ?", sql.windowBinds(c)));
        }
        if (lt == LoadType.OVERWRITE || lt == LoadType.FULL_LOAD) {
            return exec.update("DELETE FROM " + t.qualified);
        }
        if (lt == LoadType.MERGE_OVERWRITE && w instanceof ReadWindow.After && stats != null) {
            return Strategies.deleteWatermarkWindow(exec, t, sql, (ReadWindow.After) w, stats.max);
        }
        return 0;
    }

    static String destinationColumn(DestinationTable t, String sourceColumn, String what) {
        List<String> names = t.schema.names();
        for (int i = 0; i < t.outputs.size(); i++) {
            if (t.outputs.get(i).equalsIgnoreCase(sourceColumn)) {
                return t.outputs.get(i);
            }
        }
        throw new DataCoolieException("The " + what + " '" + sourceColumn + "' is not written to the destination"
                + " (columns " + names + "), so its range cannot be replaced there. Keep it in the transform's output.");
    }

    private record Stats(long count, Map<String, Object> max) {
    }

    private Stats stats(Connection src, ReadWindow w, List<BoundSql> log) throws SQLException {
        BoundSql s = sql.stats(w);
        log.add(s);
        try (PreparedStatement ps = src.prepareStatement(s.sql())) {
            Exec.bind(ps, s.binds());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Map<String, Object> max = new LinkedHashMap<>();
                List<String> wm = sql.watermarkColumns();
                for (int i = 0; i < wm.size(); i++) {
                    max.put(sql.watermarkKeys().get(i), SourceRows.read(rs, i + 2, sql.source().find(wm.get(i)).orElseThrow()));
                }
                return new Stats(rs.getLong(1), max);
            }
        }
    }

    /** Counts a key-based strategy's effect. */
    record Applied(long inserted, long updated, long deleted) {
    }
}
