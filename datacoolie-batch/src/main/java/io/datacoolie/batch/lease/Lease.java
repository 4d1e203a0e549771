package io.datacoolie.batch.lease;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A held lease on one destination table, renewed by a heartbeat until {@link #close()} releases it. If the process
 * dies, the heartbeat stops and the lease expires after its time to live.
 */
public final class Lease implements AutoCloseable {
    private final DataSource dataSource;
    private final String resource;
    private final String holder;
    private final long ttlMillis;
    private final ScheduledExecutorService heartbeat;

    Lease(DataSource dataSource, String resource, String holder, long ttlMillis) {
        this.dataSource = dataSource;
        this.resource = resource;
        this.holder = holder;
        this.ttlMillis = ttlMillis;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "datacoolie-lease-" + resource);
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(ttlMillis / 3, 200);
        heartbeat.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
    }

    /** @return the leased resource */
    public String resource() {
        return resource;
    }

    private void renew() {
        execute("UPDATE " + LeaseManager.TABLE + " SET expires_at = ? WHERE resource = ? AND holder = ?",
                System.currentTimeMillis() + ttlMillis);
    }

    private void execute(String sql, Long expires) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = 1;
                if (expires != null) {
                    p.setLong(i++, expires);
                }
                p.setString(i++, resource);
                p.setString(i, holder);
                p.executeUpdate();
            }
        } catch (SQLException e) {
            // A missed heartbeat only shortens the lease; the next one retries.
            org.slf4j.LoggerFactory.getLogger(Lease.class).warn("Lease heartbeat on {} failed: {}", resource,
                    e.getMessage());
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        execute("DELETE FROM " + LeaseManager.TABLE + " WHERE resource = ? AND holder = ?", null);
    }
}
