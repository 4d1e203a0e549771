package io.datacoolie.batch.lease;

import io.datacoolie.api.DataCoolieException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Guards destinations: every run or replay takes a lease on its destination table (table
 * {@code datacoolie_lease} in the destination database) and a second one fails fast, naming the holder. A lease
 * whose holder stopped renewing it expires after {@code datacoolie.lease.ttl.seconds} (default 30), and at once when
 * its holder was a process on this host that is gone.
 */
public final class LeaseManager {
    static final String TABLE = "datacoolie_lease";
    private static final String HOST = hostName();
    private static final long PID = ProcessHandle.current().pid();

    private final DataSource dataSource;
    private final long ttlMillis;

    /** @param destination the destination database */
    public LeaseManager(DataSource destination) {
        this.dataSource = destination;
        this.ttlMillis = Long.getLong("datacoolie.lease.ttl.seconds", 30) * 1000;
    }

    /**
     * @param resource the destination, e.g. {@code jdbc:h2:file:./dw|sales.orders}
     * @param description who asks, e.g. {@code replay of dataflow 'orders' (execution 12)}
     * @return the held lease; close it to release
     * @throws DestinationBusyException when a live holder has it
     */
    public Lease acquire(String resource, String description) {
        String holder = UUID.randomUUID().toString();
        String info = description + ", pid " + PID + " on " + HOST + ", since " + Instant.now();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (resource VARCHAR(400) NOT NULL PRIMARY KEY,"
                        + " holder VARCHAR(36) NOT NULL, holder_info VARCHAR(1000) NOT NULL,"
                        + " expires_at BIGINT NOT NULL)");
            } catch (SQLException raced) {
                // created concurrently by another process
            }
            for (int attempt = 0; attempt < 3; attempt++) {
                if (insert(c, resource, holder, info)) {
                    return new Lease(dataSource, resource, holder, ttlMillis);
                }
                String[] current = current(c, resource);
                if (current == null) {
                    continue; // released meanwhile
                }
                if (!isDead(current)) {
                    throw new DestinationBusyException("Destination '" + resource + "' is being written by "
                            + current[1] + ". Wait for it to finish; a holder that died frees it within "
                            + ttlMillis / 1000 + " s.");
                }
                if (takeOver(c, resource, current[0], holder, info)) {
                    return new Lease(dataSource, resource, holder, ttlMillis);
                }
            }
            throw new DestinationBusyException("Destination '" + resource + "' is contended; try again.");
        } catch (SQLException e) {
            throw new DataCoolieException("Cannot take the lease on destination '" + resource + "': "
                    + e.getMessage(), e);
        }
    }

    private boolean insert(Connection c, String resource, String holder, String info) {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + TABLE
                + " (resource, holder, holder_info, expires_at) VALUES (?, ?, ?, ?)")) {
            p.setString(1, resource);
            p.setString(2, holder);
            p.setString(3, info.length() > 1000 ? info.substring(0, 1000) : info);
            p.setLong(4, System.currentTimeMillis() + ttlMillis);
            return p.executeUpdate() == 1;
        } catch (SQLException duplicate) {
            return false;
        }
    }

    private static String[] current(Connection c, String resource) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT holder, holder_info, expires_at FROM " + TABLE
                + " WHERE resource = ?")) {
            p.setString(1, resource);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2), Long.toString(rs.getLong(3))}
                        : null;
            }
        }
    }

    private static boolean isDead(String[] current) {
        if (Long.parseLong(current[2]) < System.currentTimeMillis()) {
            return true;
        }
        // "..., pid 123 on host, since ...": a holder on this host whose process is gone is dead now.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(", pid (\\d+) on (\\S+), since ")
                .matcher(current[1]);
        return m.find() && m.group(2).equals(HOST) && Long.parseLong(m.group(1)) != PID
                && ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true);
    }

    private boolean takeOver(Connection c, String resource, String old, String holder, String info)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE " + TABLE + " SET holder = ?, holder_info = ?,"
                + " expires_at = ? WHERE resource = ? AND holder = ?")) {
            p.setString(1, holder);
            p.setString(2, info.length() > 1000 ? info.substring(0, 1000) : info);
            p.setLong(3, System.currentTimeMillis() + ttlMillis);
            p.setString(4, resource);
            p.setString(5, old);
            return p.executeUpdate() == 1;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }
}
