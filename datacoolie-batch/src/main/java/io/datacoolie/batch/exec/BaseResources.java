package io.datacoolie.batch.exec;

import io.datacoolie.api.Connection;
import io.datacoolie.api.RunConfig;
import io.datacoolie.api.spi.WatermarkStore;
import io.datacoolie.batch.log.EtlLog;
import javax.sql.DataSource;

/** The parts every {@link JobResources} holds: pools, watermark store, ETL log, run settings and transfer. */
public abstract class BaseResources implements JobResources {
    /** One pool per connection. */
    protected final ConnectionPools pools;
    private final WatermarkStore watermarks;
    private final EtlLog log;
    private final RunConfig config;
    private final ChunkTransfer transfer;

    /**
     * @param pools the connection pools
     * @param watermarks the watermark store
     * @param log the ETL log
     * @param config run settings
     * @param transfer the window transfer
     */
    protected BaseResources(ConnectionPools pools, WatermarkStore watermarks, EtlLog log, RunConfig config,
            ChunkTransfer transfer) {
        this.pools = pools;
        this.watermarks = watermarks;
        this.log = log;
        this.config = config;
        this.transfer = transfer;
    }

    @Override
    public DataSource dataSource(Connection connection) {
        return pools.dataSource(connection);
    }

    @Override
    public WatermarkStore watermarks() {
        return watermarks;
    }

    @Override
    public EtlLog etlLog() {
        return log;
    }

    @Override
    public RunConfig runConfig() {
        return config;
    }

    @Override
    public ChunkTransfer transfer() {
        return transfer;
    }
}
