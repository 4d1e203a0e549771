package io.datacoolie.batch.exec;

import io.datacoolie.api.DataCoolieException;
import java.util.Properties;

/** Builds a job's resources from its job parameters alone (another JVM, an application server). */
final class ParameterResources {
    private ParameterResources() {
    }

    static JobResources build(Properties params) {
        throw new DataCoolieException("Job parameter 'metadata' loading is not available yet in this build; start"
                + " the job through DataCoolieDriver.");
    }
}
