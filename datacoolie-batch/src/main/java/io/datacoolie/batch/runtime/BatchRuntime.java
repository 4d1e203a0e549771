package io.datacoolie.batch.runtime;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.batch.operations.JobOperator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.jberet.operations.JobOperatorImpl;
import org.jberet.repository.JdbcRepository;

/**
 * A running Jakarta Batch runtime: the JVM's Weld SE container, a JBeret job operator, and its JDBC job repository on
 * a HikariCP pool (an H2 file under the state directory by default, or any JDBC URL such as PostgreSQL).
 */
public final class BatchRuntime implements AutoCloseable {
    private final HikariDataSource repositoryPool;
    private final JobOperator operator;
    private final String repositoryUrl;
    private final JdbcRepository repository;

    private BatchRuntime(HikariDataSource pool, String url) {
        this.repositoryPool = pool;
        this.repositoryUrl = url;
        WeldBoot.ensureStarted();
        this.repository = new JdbcRepository(pool, new Properties());
        this.operator = new JobOperatorImpl(new DataCoolieBatchEnvironment(repository));
    }

    /**
     * @param stateDir the state directory; the repository is {@code <stateDir>/jobrepo} (an H2 file)
     * @return a runtime
     */
    public static BatchRuntime h2File(Path stateDir) {
        try {
            Files.createDirectories(stateDir);
        } catch (java.io.IOException e) {
            throw new io.datacoolie.api.DataCoolieException("Cannot create the state directory '" + stateDir
                    + "': " + e.getMessage() + ". Choose a writable directory with --state-dir.", e);
        }
        // AUTO_SERVER lets a second process (status, restart) open the file while a replay runs (STACK.md §2).
        String url = "jdbc:h2:file:" + stateDir.toAbsolutePath().resolve("jobrepo") + ";AUTO_SERVER=TRUE";
        return open(url, "sa", "");
    }

    /**
     * @param url JDBC URL of the job repository database (H2, PostgreSQL, ...)
     * @param user user, may be null
     * @param password password, may be null
     * @return a runtime whose repository tables are created when missing
     */
    public static BatchRuntime open(String url, String user, String password) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        c.setUsername(user);
        c.setPassword(password);
        c.setMaximumPoolSize(4);
        c.setPoolName("datacoolie-jobrepo");
        return new BatchRuntime(new HikariDataSource(c), url);
    }

    /** @return the job operator */
    public JobOperator operator() {
        return operator;
    }

    /** @return the repository's JDBC URL, for messages */
    public String repositoryUrl() {
        return repositoryUrl;
    }

    /** @return the repository's pool, for status queries */
    public javax.sql.DataSource repositoryDataSource() {
        return repositoryPool;
    }

    /**
     * The partitions (chunks) of a partitioned step execution as the repository recorded them.
     *
     * @param step a step execution from {@code JobOperator.getStepExecutions}
     * @return partition index to batch status name, in index order
     */
    public java.util.SortedMap<Integer, String> partitions(jakarta.batch.runtime.StepExecution step) {
        java.util.SortedMap<Integer, String> out = new java.util.TreeMap<>();
        if (step instanceof org.jberet.runtime.StepExecutionImpl s) {
            for (org.jberet.runtime.PartitionExecutionImpl p : repository.getPartitionExecutions(
                    s.getStepExecutionId(), s, false, getClass().getClassLoader())) {
                out.put(p.getPartitionId(), p.getBatchStatus().name());
            }
        }
        return out;
    }

    /**
     * Marks an execution that a dead process left STARTED as FAILED, so that status displays tell the truth and a
     * restart by id is accepted. The caller has established that no live process runs it.
     *
     * @param executionId the execution
     * @param reason the exit status to record
     */
    public void markDead(long executionId, String reason) {
        org.jberet.runtime.JobExecutionImpl e = repository.getJobExecution(executionId);
        e.setBatchStatus(jakarta.batch.runtime.BatchStatus.FAILED);
        e.setExitStatus(reason);
        repository.updateJobExecution(e, true, false);
    }

    @Override
    public void close() {
        repositoryPool.close();
    }
}
