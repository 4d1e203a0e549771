package io.datacoolie.batch.runtime;

import jakarta.transaction.TransactionManager;
import java.util.Properties;
import org.jberet.repository.JobRepository;
import org.jberet.se.BatchSEEnvironment;
import org.jberet.spi.ArtifactFactory;
import org.jberet.spi.BatchEnvironment;
import org.jberet.spi.JobTask;
import org.jberet.spi.JobXmlResolver;

/**
 * JBeret's SE environment with our own job repository: JBeret's {@code db-url} repository opens a connection per
 * operation (STACK.md §2), so we hand it a pooled one instead.
 */
final class DataCoolieBatchEnvironment implements BatchEnvironment {
    private final BatchSEEnvironment delegate = new BatchSEEnvironment();
    private final JobRepository repository;

    DataCoolieBatchEnvironment(JobRepository repository) {
        this.repository = repository;
    }

    @Override
    public ClassLoader getClassLoader() {
        return delegate.getClassLoader();
    }

    @Override
    public ArtifactFactory getArtifactFactory() {
        return delegate.getArtifactFactory();
    }

    @Override
    public void submitTask(JobTask task) {
        delegate.submitTask(task);
    }

    @Override
    public TransactionManager getTransactionManager() {
        return delegate.getTransactionManager();
    }

    @Override
    public JobRepository getJobRepository() {
        return repository;
    }

    @Override
    public JobXmlResolver getJobXmlResolver() {
        return delegate.getJobXmlResolver();
    }

    @Override
    public Properties getBatchConfigurationProperties() {
        return delegate.getBatchConfigurationProperties();
    }

    @Override
    public String getApplicationName() {
        return delegate.getApplicationName();
    }
}
