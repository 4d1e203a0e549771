package io.datacoolie.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What ChunkTransfers of one compiled dataflow learn about one destination database: the resolved table (so metadata
 * is read once, not per chunk) and the ranges written since this process created it. Shared by every ChunkTransfer of
 * the same {@link DataflowSql}, so a caller that builds a new transfer per chunk keeps the benefit.
 */
final class DestinationState {
    private static final Map<DataflowSql, Map<String, DestinationState>> STATES = new WeakHashMap<>();

    final FreshRanges fresh = new FreshRanges();
    private volatile DestinationTable table;

    static DestinationState of(DataflowSql sql, Connection dst) throws SQLException {
        String url = dst.getMetaData().getURL();
        synchronized (STATES) {
            return STATES.computeIfAbsent(sql, k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(url == null ? "" : url, k -> new DestinationState());
        }
    }

    DestinationTable table(Connection src, Connection dst, DataflowSql sql, boolean create) throws SQLException {
        DestinationTable t = table;
        if (t == null) {
            t = DestinationTable.resolve(src, dst, sql, create);
            table = t;
        }
        return t;
    }

    /** Forgets the resolved table after a failure: it may have been dropped or altered meanwhile. */
    void invalidate() {
        table = null;
    }
}
