package io.datacoolie.metadata;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Opens a JDBC connection; {@code dataSource::getConnection} is one. The caller closes what it gets. */
@FunctionalInterface
public interface JdbcConnector {
    /**
     * @return a new or pooled connection
     * @throws SQLException when the database refuses
     */
    Connection open() throws SQLException;

    /**
     * @param dataSource a data source, e.g. a HikariCP pool
     * @return a connector over it
     */
    static JdbcConnector of(DataSource dataSource) {
        return dataSource::getConnection;
    }

    /**
     * @param spec a resolved connection spec
     * @return a connector using {@link java.sql.DriverManager}, without pooling
     */
    static JdbcConnector of(JdbcSpec spec) {
        return () -> java.sql.DriverManager.getConnection(spec.url(), spec.toProperties());
    }
}
