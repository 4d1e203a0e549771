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
import io.datacoolie.metadata.MetadataException;
import io.datacoolie.metadata.watermark.FileWatermarkStore;
import io.datacoolie.metadata.watermark.JdbcWatermarkStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A job's resources built from its job parameters alone (another JVM, an application server): the metadata named
 * by {@code metadata} (a JSON file, or a metadata database URL whose watermarks table is then used), one pool per
 * connection, and file watermarks and the ETL log under {@code state_dir}.
 */
final class ParameterResources extends BaseResources {
    private final MetadataProvider metadata;
    /** Dataflows picked so far by id or name: each is read and validated once per job. */
    private final Map<String, DataFlow> picked = new ConcurrentHashMap<>();

    private ParameterResources(ConnectionPools pools, MetadataProvider metadata, WatermarkStore watermarks,
            EtlLog log, RunConfig config, Map<String, DataFlow> picked) {
        super(pools, watermarks, log, config, new JdbcChunkTransfer());
        this.metadata = metadata;
        this.picked.putAll(picked);
    }

    static JobResources build(Properties p) {
        String location = value(p, JobParameters.METADATA);
        if (location == null) {
            throw new InvalidDataflowException("Job parameter 'metadata' is missing. Set it to the path of the"
                    + " JSON metadata file or the JDBC URL of the metadata database.");
        }
        Path state = Path.of(value(p, JobParameters.STATE_DIR) == null ? ".datacoolie" : value(p, JobParameters.STATE_DIR));
        Path logs = value(p, JobParameters.LOG_PATH) == null ? state.resolve("logs") : Path.of(value(p, JobParameters.LOG_PATH));
        ConnectionPools pools = new ConnectionPools(4);
        MetadataProvider metadata;
        WatermarkStore watermarks;
        Map<String, DataFlow> picked = new HashMap<>();
        if (location.startsWith("jdbc:")) {
            JdbcConnector connector = JdbcConnector.of(pools.pool("metadata", location));
            metadata = new JdbcMetadataProvider(connector, value(p, JobParameters.WORKSPACE));
            watermarks = new JdbcWatermarkStore(connector);
        } else {
            metadata = new FileMetadataProvider(Path.of(location));
            // Only the job's dataflow: the others of a shared file need not be valid in this edition.
            String dataflow = value(p, JobParameters.DATAFLOW);
            if (dataflow != null) {
                picked.put(dataflow, find(metadata, dataflow));
            }
            watermarks = new FileWatermarkStore(state, picked.values());
        }
        RunConfig c = config(p);
        EtlLog log = new EtlLog(logs, new JobSummary(c.jobId(), 1, 0, List.of(), metadata.describe(), 1, false,
                c.retryCount(), c.retryDelay().toMillis() / 1000.0, Instant.now()));
        return new ParameterResources(pools, metadata, watermarks, log, c, picked);
    }

    private static RunConfig config(Properties p) {
        RunConfig c = RunConfig.defaults();
        if (value(p, JobParameters.JOB_ID) != null) {
            c = c.withJobId(value(p, JobParameters.JOB_ID));
        }
        if (value(p, JobParameters.RETRY_COUNT) != null) {
            String delay = value(p, JobParameters.RETRY_DELAY);
            c = c.withRetries(Integer.parseInt(value(p, JobParameters.RETRY_COUNT)), delay == null
                    ? RunConfig.DEFAULT_RETRY_DELAY : Duration.ofMillis((long) (1000 * Double.parseDouble(delay))));
        }
        return c;
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
        return picked.computeIfAbsent(idOrName, id -> find(metadata, id));
    }

    /** Validates only the named dataflow (a metadata file or database shared with the Python build). */
    private static DataFlow find(MetadataProvider metadata, String idOrName) {
        try {
            return metadata.pick(List.of(idOrName), Set.of(), false).get(0);
        } catch (MetadataException invalid) {
            throw invalid; // the dataflow exists but is invalid: its own problems say what to fix
        } catch (InvalidDataflowException unknown) {
            throw new InvalidDataflowException("Job parameter 'dataflow' (metadata " + metadata.describe() + "): "
                    + unknown.getMessage() + " Set it to a dataflow_id or name.", unknown);
        }
    }

    @Override
    public void close() {
        etlLog().close();
        pools.close();
        metadata.close();
    }
}
