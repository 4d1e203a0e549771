package io.datacoolie.batch.exec;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.RunConfig;
import io.datacoolie.api.spi.MetadataProvider;
import io.datacoolie.api.spi.WatermarkStore;
import io.datacoolie.batch.JobParameters;
import io.datacoolie.batch.log.EtlLog;
import io.datacoolie.batch.log.JobSummary;
import io.datacoolie.metadata.FileMetadataProvider;
import io.datacoolie.metadata.JdbcConnector;
import io.datacoolie.metadata.JdbcMetadataProvider;
import io.datacoolie.metadata.watermark.FileWatermarkStore;
import io.datacoolie.metadata.watermark.JdbcWatermarkStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A job's resources built from its job parameters alone (another JVM, an application server): the metadata file
 * named by {@code metadata}, one pool per connection, file watermarks and the ETL log under {@code state_dir}.
 */
final class ParameterResources implements JobResources {
    private final MetadataProvider metadata;
    private final ConnectionPools pools = new ConnectionPools(4);
    private final WatermarkStore watermarks;
    private final DataSource metadataPool;
    private final EtlLog log;
    private final RunConfig config;
    private final ChunkTransfer transfer = new JdbcChunkTransfer();

    private ParameterResources(Properties p) {
        String file = value(p, JobParameters.METADATA);
        if (file == null) {
            throw new InvalidDataflowException("Job parameter 'metadata' is missing. Set it to the path of the"
                    + " JSON metadata file.");
        }
        Path state = Path.of(value(p, JobParameters.STATE_DIR) == null ? ".datacoolie" : value(p, JobParameters.STATE_DIR));
        Path logs = value(p, JobParameters.LOG_PATH) == null ? state.resolve("logs") : Path.of(value(p, JobParameters.LOG_PATH));
        if (file.startsWith("jdbc:")) {
            // A metadata database: dataflows and watermarks both live there (reference §2).
            metadataPool = pools.pool("metadata", file);
            JdbcConnector connector = JdbcConnector.of(metadataPool);
            this.metadata = new JdbcMetadataProvider(connector, value(p, JobParameters.WORKSPACE));
            this.watermarks = new JdbcWatermarkStore(connector);
        } else {
            metadataPool = null;
            this.metadata = new FileMetadataProvider(Path.of(file));
            this.watermarks = new FileWatermarkStore(state, metadata.dataflows(Set.of(), false));
        }
        RunConfig c = RunConfig.defaults();
        if (value(p, JobParameters.JOB_ID) != null) {
            c = c.withJobId(value(p, JobParameters.JOB_ID));
        }
        if (value(p, JobParameters.RETRY_COUNT) != null) {
            c = c.withRetries(Integer.parseInt(value(p, JobParameters.RETRY_COUNT)), value(p, JobParameters.RETRY_DELAY)
                    == null ? RunConfig.DEFAULT_RETRY_DELAY : Duration.ofMillis((long) (1000
                    * Double.parseDouble(value(p, JobParameters.RETRY_DELAY)))));
        }
        this.config = c;
        this.log = new EtlLog(logs, new JobSummary(c.jobId(), 1, 0, java.util.List.of(), metadata.describe(), 1,
                false, c.retryCount(), c.retryDelay().toMillis() / 1000.0, Instant.now()));
    }

    static JobResources build(Properties params) {
        return new ParameterResources(params);
    }

    private static String value(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    @Override
    public DataFlow dataflow(String idOrName) {
        if (idOrName == null) {
            throw new InvalidDataflowException("Job parameter 'dataflow' is missing. Set it to a dataflow_id or name"
                    + " from " + metadata.describe() + ".");
        }
        return metadata.dataflows(Set.of(), false).stream()
                .filter(d -> idOrName.equals(d.dataflowId()) || idOrName.equals(d.name())).findFirst()
                .orElseThrow(() -> new InvalidDataflowException("Job parameter 'dataflow' is '" + idOrName
                        + "', which is not a dataflow_id or name in " + metadata.describe() + "."));
    }

    @Override
    public DataSource dataSource(io.datacoolie.api.Connection connection) {
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

    @Override
    public void close() {
        log.close();
        pools.close();
        metadata.close();
    }
}
