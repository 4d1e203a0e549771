package io.datacoolie.batch.exec;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.chunk.ChunkInterval;
import io.datacoolie.sql.BoundSql;
import io.datacoolie.sql.DataflowSql;
import io.datacoolie.sql.ReadWindow;
import io.datacoolie.sql.TransferOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Moves one window with the SQL module: the read is rendered with the chunk predicate pushed down and typed binds;
 * the write follows the destination's load strategy (a replay chunk replaces its range), pushed down as
 * {@code INSERT ... SELECT} when source and destination share a database. Creates a missing destination table first
 * (outside the chunk's transaction, since DDL commits on H2 and MariaDB). Never commits the chunk.
 */
public final class JdbcChunkTransfer implements ChunkTransfer {
    /**
     * Streaming tuning, from system properties: {@code datacoolie.fetchSize} and {@code datacoolie.batchSize} (rows,
     * default 5000 each) and {@code datacoolie.readAhead} (default true; false keeps each chunk on one thread, for
     * containers that forbid unmanaged threads).
     */
    static final TransferOptions OPTIONS = TransferOptions.DEFAULTS
            .withSizes(Integer.getInteger("datacoolie.fetchSize", TransferOptions.DEFAULTS.fetchSize()),
                    Integer.getInteger("datacoolie.batchSize", TransferOptions.DEFAULTS.batchSize()))
            .withReadAhead(Boolean.parseBoolean(System.getProperty("datacoolie.readAhead", "true")));

    private final CompiledFlows flows = new CompiledFlows();
    /** One SQL-module transfer per compiled dataflow, reused by every chunk and run (it holds no per-call state). */
    private final Map<DataflowSql, io.datacoolie.sql.ChunkTransfer> transfers = new ConcurrentHashMap<>();

    @Override
    public TransferResult transfer(Connection src, Connection dst, DataFlow df, Window w, String runId)
            throws SQLException {
        DataflowSql sql = flows.compile(df, src, dst);
        io.datacoolie.sql.ChunkTransfer t = transfers.computeIfAbsent(sql,
                k -> new io.datacoolie.sql.ChunkTransfer(k, OPTIONS));
        t.prepareDestination(src, dst);
        dst.commit(); // nothing of the chunk is written yet; DDL may have committed anyway
        ReadWindow rw = readWindow(w);
        BoundSql read = sql.read(rw);
        io.datacoolie.sql.TransferResult r = t.execute(src, dst, rw, runId, Instant.now());
        return new TransferResult(read.sql(), read.binds(), r.rowsRead(), r.rowsWritten(), r.deleted(),
                r.watermarkMax());
    }

    /**
     * @param w our window
     * @return the SQL module's window
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static ReadWindow readWindow(Window w) {
        if (w.isChunk()) {
            Comparable lo = (Comparable) w.lower().get(w.chunkColumn());
            Comparable hi = (Comparable) w.upper().get(w.chunkColumn());
            return ReadWindow.chunk(w.chunkColumn(), ChunkInterval.of(lo, hi), w.zone());
        }
        Map<String, Object> lower = new LinkedHashMap<>();
        w.lower().forEach((c, v) -> {
            if (v != null) {
                lower.put(c, v);
            }
        });
        // Columns saved from a replay's exclusive end are read with >= (W1): exact at any precision.
        return lower.isEmpty() ? ReadWindow.all() : ReadWindow.after(lower, w.inclusiveLower());
    }
}
