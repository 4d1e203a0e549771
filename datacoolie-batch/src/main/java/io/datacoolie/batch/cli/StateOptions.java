package io.datacoolie.batch.cli;

import io.datacoolie.batch.runtime.BatchRuntime;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where state lives: {@code --state-dir}, {@code --log-path} and the job repository. */
public final class StateOptions {
    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".datacoolie",
            description = "State directory: job repository (H2 file), file watermarks, logs. Default: ${DEFAULT-VALUE}.")
    Path stateDir;

    @Option(names = "--log-path", paramLabel = "DIR",
            description = "Base directory of the ETL log (JSON lines). Default: <state-dir>/logs.")
    Path logPath;

    @Option(names = "--job-repository", paramLabel = "JDBC_URL",
            description = "JDBC URL of the Jakarta Batch job repository, e.g. a PostgreSQL database."
                    + " Default: an H2 file in the state directory.")
    String repositoryUrl;

    @Option(names = "--job-repository-user", paramLabel = "USER", description = "User of --job-repository.")
    String repositoryUser;

    @Option(names = "--job-repository-password-env", paramLabel = "VAR",
            description = "Environment variable holding the password of --job-repository.")
    String repositoryPasswordEnv;

    String repositoryPassword() {
        return repositoryPasswordEnv == null ? null : System.getenv(repositoryPasswordEnv);
    }

    BatchRuntime runtime() {
        return repositoryUrl == null ? BatchRuntime.h2File(stateDir)
                : BatchRuntime.open(repositoryUrl, repositoryUser, repositoryPassword());
    }
}
