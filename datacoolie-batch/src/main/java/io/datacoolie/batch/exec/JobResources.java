package io.datacoolie.batch.exec;

import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.RunConfig;
import io.datacoolie.api.spi.WatermarkStore;
import io.datacoolie.batch.log.EtlLog;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Everything a job needs besides its parameters: dataflows, pooled connections, the watermark store, the ETL log.
 * The driver hands its own to jobs in the same JVM; a job started from parameters alone builds one.
 */
public interface JobResources extends AutoCloseable {

    /**
     * @param idOrName a dataflow id or name
     * @return the dataflow
     * @throws io.datacoolie.api.InvalidDataflowException when there is none
     */
    DataFlow dataflow(String idOrName);

    /**
     * @param connection a metadata connection
     * @return its pool
     */
    DataSource dataSource(Connection connection);

    /** @return the watermark store */
    WatermarkStore watermarks();

    /** @return the ETL log of this session */
    EtlLog etlLog();

    /** @return run settings: job id, retries */
    RunConfig runConfig();

    /** @return the transfer that moves one window */
    ChunkTransfer transfer();

    /** @return who hears about progress */
    default RunObserver observer() {
        return RunObserver.NONE;
    }

    /** @return gives "today" for a {@code closing_day} look-back; the system clock unless the driver was given one */
    default Clock clock() {
        return Clock.systemUTC();
    }

    /** Releases what this object opened. */
    @Override
    void close();
}
