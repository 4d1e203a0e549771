package io.datacoolie.batch.exec;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.datacoolie.api.Connection;
import io.datacoolie.api.DataCoolieException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/** One HikariCP pool per metadata connection, opened on first use and closed together. */
public final class ConnectionPools implements AutoCloseable {
    private final Map<String, HikariDataSource> pools = new ConcurrentHashMap<>();
    private final int maxPoolSize;

    /** @param maxPoolSize the most connections per pool */
    public ConnectionPools(int maxPoolSize) {
        this.maxPoolSize = maxPoolSize;
    }

    /**
     * @param connection a metadata connection
     * @return its pool
     */
    public DataSource dataSource(Connection connection) {
        return pools.computeIfAbsent(connection.name(), n -> open(connection));
    }

    /**
     * A pool for a plain JDBC URL (a metadata database), user and password taken from the URL or the driver.
     *
     * @param name pool name
     * @param url JDBC URL
     * @return the pool
     */
    public DataSource pool(String name, String url) {
        return pools.computeIfAbsent("\u0000" + name, n -> {
            HikariConfig c = new HikariConfig();
            c.setJdbcUrl(url);
            c.setMaximumPoolSize(maxPoolSize);
            c.setMinimumIdle(0);
            c.setPoolName("datacoolie-" + name);
            return new HikariDataSource(c);
        });
    }

    private HikariDataSource open(Connection connection) {
        io.datacoolie.metadata.JdbcSpec t = io.datacoolie.metadata.JdbcSpecs.resolve(connection);
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(t.url());
        c.setUsername(t.user());
        c.setPassword(t.password());
        if (t.driverClassName() != null) {
            c.setDriverClassName(t.driverClassName());
        }
        t.properties().forEach(c::addDataSourceProperty);
        c.setMaximumPoolSize(maxPoolSize);
        c.setMinimumIdle(0);
        c.setPoolName("datacoolie-" + connection.name());
        c.setInitializationFailTimeout(-1);
        try {
            return new HikariDataSource(c);
        } catch (RuntimeException e) {
            throw new DataCoolieException("Connection '" + connection.name() + "': cannot open " + t + ": "
                    + e.getMessage() + ". Check configure.url and the credentials.", e);
        }
    }

    @Override
    public void close() {
        pools.values().forEach(HikariDataSource::close);
        pools.clear();
    }
}
