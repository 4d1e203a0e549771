package io.datacoolie.batch;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.ReplayConfig;
import io.datacoolie.api.RunConfig;
import io.datacoolie.api.run.DataFlowOutcome;
import io.datacoolie.api.run.DataFlowStatus;
import io.datacoolie.api.run.ExecutionResult;
import io.datacoolie.api.spi.MetadataProvider;
import io.datacoolie.api.spi.WatermarkStore;
import io.datacoolie.batch.exec.ChunkTransfer;
import io.datacoolie.batch.exec.ConnectionPools;
import io.datacoolie.batch.exec.JdbcChunkTransfer;
import io.datacoolie.batch.exec.ResourceRegistry;
import io.datacoolie.batch.exec.RunObserver;
import io.datacoolie.batch.log.EtlLog;
import io.datacoolie.batch.log.JobSummary;
import io.datacoolie.batch.replay.ReplayStore;
import io.datacoolie.batch.replay.ReplaySubmission;
import io.datacoolie.batch.replay.StoredReplay;
import io.datacoolie.batch.runtime.BatchRuntime;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Runs dataflows: incremental runs ({@link #run}) and replays of a bounded range in chunks ({@link #runReplay}),
 * each dataflow as one Jakarta Batch job execution on JBeret SE, at most {@code max_workers} at a time. Holds one
 * HikariCP pool per connection and the job runtime; close it to release them.
 */
public final class DataCoolieDriver implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DataCoolieDriver.class);
    private final MetadataProvider metadata;
    private final String metadataLocation;
    private final Path logPath;
    private final RunConfig config;
    private final WatermarkStore watermarks;
    private final RunObserver observer;
    private final ChunkTransfer transfer;
    private final Clock clock;
    private final ConnectionPools pools;
    private final BatchRuntime runtime;

    private DataCoolieDriver(Builder b) {
        this.metadata = b.metadata;
        this.metadataLocation = b.metadataLocation;
        this.logPath = b.logPath != null ? b.logPath : b.stateDir.resolve("logs");
        this.config = b.config;
        // The default store learns the dataflows it is given to run (DriverResources): building the driver never
        // loads, so never validates, the dataflows of a metadata file that nobody selected.
        this.watermarks = b.watermarks != null ? b.watermarks : new io.datacoolie.metadata.watermark.FileWatermarkStore(
                b.stateDir, java.util.List.of());
        this.observer = b.observer;
        this.transfer = b.transfer;
        this.clock = b.clock;
        this.pools = new ConnectionPools(Math.max(2, b.config.maxWorkers() * 2));
        this.runtime = b.repositoryUrl == null ? BatchRuntime.h2File(b.stateDir)
                : BatchRuntime.open(b.repositoryUrl, b.repositoryUser, b.repositoryPassword);
    }

    /** @return a builder with the defaults: state under {@code .datacoolie}, default {@link RunConfig} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads the active dataflows of the given stages from the metadata provider (reference §5.2): no stage, or only
     * blank ones, means every stage; {@code "a,b"} is split; the match is exact. Then keeps this process's shard.
     *
     * @param stages stage names, may be empty
     * @return the dataflows in the provider's order
     */
    public List<DataFlow> loadDataflows(String... stages) {
        if (metadata == null) {
            throw new InvalidDataflowException("No metadata provider was given to the driver. Set one with"
                    + " DataCoolieDriver.builder().metadata(...).");
        }
        return io.datacoolie.metadata.DataflowSelection.load(metadata, List.of(stages), true, config);
    }

    /**
     * Replays {@code [start, end)} of each dataflow in chunks (SPEC §2). Everything is checked first: a bad range,
     * interval or chunk column throws before any row is written. Then each dataflow's replay is stored (or the
     * unfinished one of the same request found, to resume) and run as one job execution.
     *
     * @param dataflows the dataflows
     * @param replay the replay
     * @return counts of chunks, and each dataflow's outcome
     */
    public ExecutionResult runReplay(List<DataFlow> dataflows, ReplayConfig replay) {
        return runReplay(dataflows, replay, false);
    }

    /**
     * @param dataflows the dataflows
     * @param replay the replay
     * @param fresh true to start over instead of resuming an unfinished replay of the same request
     * @return counts of chunks, and each dataflow's outcome
     */
    public ExecutionResult runReplay(List<DataFlow> dataflows, ReplayConfig replay, boolean fresh) {
        Objects.requireNonNull(replay, "replay");
        if (config.dryRun()) {
            return dryRunReplay(dataflows, replay);
        }
        return execute(dataflows, (res, collector) -> {
            List<ReplaySubmission.Checked> checked = new ArrayList<>();
            dataflows.forEach(d -> checked.add(ReplaySubmission.check(res, d, replay)));
            return df -> {
                ReplaySubmission.Checked c = checked.get(dataflows.indexOf(df));
                StoredReplay stored = ReplaySubmission.store(new ReplayStore(pools.dataSource(
                        df.destination().connection())), c, fresh, null);
                Properties p = params(df, res);
                p.setProperty(JobParameters.REPLAY_ID, stored.replayId());
                p.setProperty(JobParameters.START, c.request().start());
                p.setProperty(JobParameters.END, c.request().end());
                p.setProperty(JobParameters.CHUNK, c.request().chunk());
                p.setProperty(JobParameters.CHUNK_COLUMN, c.request().chunkColumn());
                p.setProperty(JobParameters.SAVE_WATERMARK, Boolean.toString(replay.saveWatermark()));
                if (replay.zone() != null) {
                    p.setProperty(JobParameters.ZONE, replay.zone().getId());
                }
                awaitJob(JobParameters.REPLAY_JOB, p, df, collector);
                return collector.outcome(df, stored.chunks().size());
            };
        });
    }

    /**
     * Runs each dataflow incrementally (SPEC §3): reads rows above the stored watermark, writes them, then saves the
     * new watermark.
     *
     * @param dataflows the dataflows
     * @return counts of runs, and each dataflow's outcome
     */
    public ExecutionResult run(List<DataFlow> dataflows) {
        if (config.dryRun()) {
            return dryRun(dataflows, df -> 1);
        }
        return execute(dataflows, (res, collector) -> df -> {
            awaitJob(JobParameters.RUN_JOB, params(df, res), df, collector);
            return collector.outcome(df, 1);
        });
    }

    /**
     * Dry run of a replay (the original ignored dry_run here, W14): every request is checked as for a real replay,
     * then each dataflow's chunks are logged; nothing is stored, run or written.
     */
    private ExecutionResult dryRunReplay(List<DataFlow> dataflows, ReplayConfig replay) {
        DriverResources res = new DriverResources(dataflows, pools, watermarks, new EtlLog(logPath, summary(dataflows,
                Instant.now())), config, transfer, observer, clock); // the log is never written nor closed
        List<ReplaySubmission.Checked> checked = dataflows.stream().map(d -> ReplaySubmission.check(res, d, replay))
                .toList();
        return dryRun(dataflows, df -> {
            List<String[]> plan = checked.get(dataflows.indexOf(df)).plan();
            plan.forEach(c -> LOG.info("[{}]   chunk [{}, {})", df.dataflowId(), c[0], c[1]));
            return plan.size();
        });
    }

    /** Logs {@code [id] source -> destination} per dataflow; every planned run or chunk is left pending. */
    private ExecutionResult dryRun(List<DataFlow> dataflows, java.util.function.ToIntFunction<DataFlow> planned) {
        List<DataFlowOutcome> outcomes = new ArrayList<>();
        for (DataFlow df : dataflows) {
            LOG.info("[{}] {} -> {} (dry run, {})", df.dataflowId(), describe(df.source().connection().name(),
                    df.source().schemaName(), df.source().isQueryMode() ? "(query)" : df.source().table()),
                    describe(df.destination().connection().name(), df.destination().schemaName(),
                            df.destination().table()), df.displayName());
            outcomes.add(new DataFlowOutcome(df.dataflowId(), df.displayName(), DataFlowStatus.PENDING,
                    planned.applyAsInt(df), List.of(), null));
        }
        return ExecutionResult.of(outcomes, 0);
    }

    private static String describe(String connection, String schema, String table) {
        return connection + "." + (schema == null ? "" : schema + ".") + table;
    }

    private interface Plan {
        Function<DataFlow, DataFlowOutcome> prepare(DriverResources res, ResultCollector collector);
    }

    private ExecutionResult execute(List<DataFlow> dataflows, Plan plan) {
        Instant t0 = Instant.now();
        ResultCollector collector = new ResultCollector(observer);
        try (EtlLog log = new EtlLog(logPath, summary(dataflows, t0))) {
            DriverResources res = new DriverResources(dataflows, pools, watermarks, log, config, transfer, collector,
                    clock);
            Function<DataFlow, DataFlowOutcome> one = plan.prepare(res, collector);
            String ctx = ResourceRegistry.register(res);
            try {
                List<DataFlowOutcome> outcomes = runAll(dataflows, df -> {
                    res.setContext(ctx);
                    return one.apply(df);
                }, collector);
                return ExecutionResult.of(outcomes, (Instant.now().toEpochMilli() - t0.toEpochMilli()) / 1000.0);
            } finally {
                ResourceRegistry.unregister(ctx);
            }
        }
    }

    private List<DataFlowOutcome> runAll(List<DataFlow> dataflows, Function<DataFlow, DataFlowOutcome> one,
            ResultCollector collector) {
        if (dataflows.isEmpty()) {
            return List.of();
        }
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(config.maxWorkers(), dataflows.size()));
        try {
            List<Future<DataFlowOutcome>> futures = new ArrayList<>();
            for (DataFlow df : dataflows) {
                futures.add(workers.submit(() -> {
                    if (stop.get()) {
                        return collector.outcome(df, 0);
                    }
                    DataFlowOutcome o;
                    try {
                        o = one.apply(df);
                    } catch (RuntimeException e) {
                        collector.jobError(df, e.getMessage());
                        o = collector.outcome(df, 0);
                    }
                    if (o.status() == DataFlowStatus.FAILED && config.stopOnError()) {
                        stop.set(true);
                    }
                    return o;
                }));
            }
            List<DataFlowOutcome> out = new ArrayList<>();
            for (Future<DataFlowOutcome> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.datacoolie.api.DataCoolieException("Interrupted while waiting for the dataflows.", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new io.datacoolie.api.DataCoolieException(e.getCause().getMessage(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private Properties params(DataFlow df, DriverResources res) {
        Properties p = new Properties();
        p.setProperty(JobParameters.DATAFLOW, df.dataflowId());
        p.setProperty(JobParameters.DATAFLOW_NAME, df.displayName());
        p.setProperty(JobParameters.CONTEXT, res.context());
        p.setProperty(JobParameters.JOB_ID, config.jobId());
        if (metadataLocation != null) {
            p.setProperty(JobParameters.METADATA, metadataLocation); // lets 'restart' in a new JVM rebuild it
        }
        return p;
    }

    private void awaitJob(String job, Properties params, DataFlow df, ResultCollector collector) {
        recoverStale(job, df);
        long id = runtime.operator().start(job, params);
        JobWaiter.await(runtime.operator(), id, params).ifPresent(error -> collector.jobError(df, error));
    }

    /**
     * Executions of this dataflow left STARTED in the repository by a process that died (kill -9, power loss) are
     * marked FAILED once the destination lease shows that nobody live works on it.
     */
    private void recoverStale(String job, DataFlow df) {
        List<Long> stale = new ArrayList<>();
        try {
            for (long id : runtime.operator().getRunningExecutions(job)) {
                Properties p = runtime.operator().getParameters(id);
                if (df.dataflowId().equals(p.getProperty(JobParameters.DATAFLOW))
                        && io.datacoolie.batch.exec.JobRun.find(id, p).isEmpty()) {
                    stale.add(id);
                }
            }
        } catch (jakarta.batch.operations.NoSuchJobException none) {
            return;
        }
        if (stale.isEmpty()) {
            return;
        }
        io.datacoolie.batch.lease.Lease probe;
        try {
            probe = new io.datacoolie.batch.lease.LeaseManager(pools.dataSource(df.destination().connection()))
                    .acquire(io.datacoolie.batch.exec.JobRun.resourceOf(df), "recovery check");
        } catch (io.datacoolie.batch.lease.DestinationBusyException alive) {
            return; // a live process holds the destination: its executions are not stale
        }
        try {
            stale.forEach(id -> runtime.markDead(id, "FAILED: the process running it died; recovered by a later run"));
        } finally {
            probe.close();
        }
    }

    private JobSummary summary(List<DataFlow> dataflows, Instant t0) {
        List<String> stages = dataflows.stream().map(DataFlow::stage).filter(Objects::nonNull).distinct().toList();
        return new JobSummary(config.jobId(), config.jobNum(), config.jobIndex(), stages,
                metadata == null ? null : metadata.describe(), config.maxWorkers(), config.stopOnError(),
                config.retryCount(), config.retryDelay().toMillis() / 1000.0, t0);
    }

    /** @return the job runtime (operator and repository), for status and restart */
    public BatchRuntime runtime() {
        return runtime;
    }

    @Override
    public void close() {
        pools.close();
        runtime.close();
        if (metadata != null) {
            metadata.close();
        }
    }

    /** Settings of a {@link DataCoolieDriver}. */
    public static final class Builder {
        private MetadataProvider metadata;
        private String metadataLocation;
        private Path stateDir = Path.of(".datacoolie");
        private Path logPath;
        private String repositoryUrl;
        private String repositoryUser;
        private String repositoryPassword;
        private RunConfig config = RunConfig.defaults();
        private WatermarkStore watermarks;
        private RunObserver observer = RunObserver.NONE;
        private ChunkTransfer transfer = new JdbcChunkTransfer();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** @param m the metadata provider @return this */
        public Builder metadata(MetadataProvider m) {
            this.metadata = m;
            return this;
        }

        /**
         * @param location the metadata file path or JDBC URL, recorded as the {@code metadata} job parameter so that
         *     an execution can be restarted in another JVM
         * @return this
         */
        public Builder metadataLocation(String location) {
            this.metadataLocation = location;
            return this;
        }

        /** @param dir the state directory (job repository, file watermarks, logs) @return this */
        public Builder stateDir(Path dir) {
            this.stateDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /** @param dir the ETL log base directory; default {@code <stateDir>/logs} @return this */
        public Builder logPath(Path dir) {
            this.logPath = dir;
            return this;
        }

        /**
         * @param url JDBC URL of the job repository (default: an H2 file in the state directory)
         * @param user user
         * @param password password
         * @return this
         */
        public Builder jobRepository(String url, String user, String password) {
            this.repositoryUrl = url;
            this.repositoryUser = user;
            this.repositoryPassword = password;
            return this;
        }

        /** @param c run settings @return this */
        public Builder runConfig(RunConfig c) {
            this.config = Objects.requireNonNull(c, "c");
            return this;
        }

        /** @param store where watermarks live (default: files in the state directory) @return this */
        public Builder watermarks(WatermarkStore store) {
            this.watermarks = store;
            return this;
        }

        /** @param o hears about chunks as they run (progress display) @return this */
        public Builder observer(RunObserver o) {
            this.observer = Objects.requireNonNull(o, "o");
            return this;
        }

        /** @param t the window transfer to use @return this */
        public Builder transfer(ChunkTransfer t) {
            this.transfer = Objects.requireNonNull(t, "t");
            return this;
        }

        /** @param c gives "today" for {@code closing_day} look-backs (default: the system clock) @return this */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "c");
            return this;
        }

        /** @return the driver */
        public DataCoolieDriver build() {
            return new DataCoolieDriver(this);
        }
    }
}
