package io.datacoolie.batch.exec;

import io.datacoolie.api.DataFlow;
import io.datacoolie.batch.JobParameters;
import io.datacoolie.batch.lease.Lease;
import io.datacoolie.batch.lease.LeaseManager;
import io.datacoolie.batch.replay.ReplayStore;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The state of one job execution shared by its listener, mapper and partitions (which run on other threads): its
 * resources, its dataflow and its destination lease. Opened by the job listener, closed after the job.
 */
public final class JobRun implements AutoCloseable {
    /**
     * Keyed by context handle and execution id: two drivers in one JVM may use two job repositories whose execution
     * ids both start at 1.
     */
    private static final Map<String, JobRun> RUNS = new ConcurrentHashMap<>();

    private final long executionId;
    private final Properties params;
    private final JobResources resources;
    private final boolean ownsResources;
    private final DataFlow dataflow;
    private Lease lease;

    private JobRun(long executionId, Properties params, JobResources resources, boolean owns) {
        this.executionId = executionId;
        this.params = params;
        this.resources = resources;
        this.ownsResources = owns;
        try {
            this.dataflow = resources.dataflow(param(JobParameters.DATAFLOW));
        } catch (RuntimeException e) {
            if (owns) {
                resources.close();
            }
            throw e;
        }
    }

    /**
     * @param executionId the job execution
     * @param params the job-level properties (resolved job parameters)
     * @return the execution's run, opened on first call
     */
    public static JobRun of(long executionId, Properties params) {
        return RUNS.computeIfAbsent(key(executionId, params), k -> {
            var registered = ResourceRegistry.find(params.getProperty(JobParameters.CONTEXT));
            return registered.isPresent() ? new JobRun(executionId, params, registered.get(), false)
                    : new JobRun(executionId, params, ParameterResources.build(params), true);
        });
    }

    private static String key(long executionId, Properties params) {
        return params.getProperty(JobParameters.CONTEXT, "") + "#" + executionId;
    }

    /**
     * @param executionId the job execution
     * @param params its job parameters (or job-level properties)
     * @return its run if open
     */
    public static java.util.Optional<JobRun> find(long executionId, Properties params) {
        return java.util.Optional.ofNullable(RUNS.get(key(executionId, params)));
    }

    /**
     * @param key a job parameter name
     * @return its value, or null when unset or blank
     */
    public String param(String key) {
        String v = params.getProperty(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** @return the resources */
    public JobResources resources() {
        return resources;
    }

    /** @return the dataflow this execution runs */
    public DataFlow dataflow() {
        return dataflow;
    }

    /** @return the destination's pool */
    public DataSource destination() {
        return resources.dataSource(dataflow.destination().connection());
    }

    /** @return the replay plan and ledger store in the destination database */
    public ReplayStore replayStore() {
        return new ReplayStore(destination());
    }

    /** @return the destination resource name leases are taken on */
    public String destinationResource() {
        return resourceOf(dataflow);
    }

    /**
     * @param df a dataflow
     * @return the name of the lease on its destination: {@code connection|schema.table}
     */
    public static String resourceOf(DataFlow df) {
        var d = df.destination();
        return d.connection().name() + "|" + CompiledFlows.qualified(d.schemaName(), d.table());
    }

    /**
     * Takes the destination lease for this execution.
     *
     * @param what e.g. {@code replay}
     * @throws io.datacoolie.batch.lease.DestinationBusyException when another live run holds it
     */
    public synchronized void acquireLease(String what) {
        if (lease == null) {
            lease = new LeaseManager(destination()).acquire(destinationResource(), what + " of dataflow '"
                    + dataflow.displayName() + "' (job execution " + executionId + ")");
        }
    }

    @Override
    public void close() {
        RUNS.remove(key(executionId, params));
        synchronized (this) {
            if (lease != null) {
                lease.close();
                lease = null;
            }
        }
        if (ownsResources) {
            resources.close();
        }
    }
}
