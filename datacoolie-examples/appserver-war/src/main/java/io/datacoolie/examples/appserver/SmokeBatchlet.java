package io.datacoolie.examples.appserver;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The smoke job's partition: records its partition index in a table, or fails when it is the partition to fail.
 * It proves, without DataCoolie's own job, that the server resolves a {@code @Named} CDI artifact of this WAR, that a
 * JDBC driver packed in WEB-INF/lib is reachable through DriverManager, and that a restart reruns only the failed
 * partition.
 */
@Named("datacoolieSmokeBatchlet")
@Dependent
public class SmokeBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String jdbcUrl;

    @Inject
    @BatchProperty
    String table;

    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String failPartition;

    @Override
    public String process() throws SQLException {
        if (partition.equals(failPartition)) {
            throw new IllegalStateException("Smoke partition " + partition + " fails because failPartition="
                    + failPartition + ". Restart with failPartition=none to let it pass.");
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (partition_index) VALUES (?)")) {
            insert.setInt(1, Integer.parseInt(partition));
            insert.executeUpdate();
        }
        return "DONE";
    }
}
