package io.datacoolie.batch.cli;

import io.datacoolie.api.RunConfig;
import io.datacoolie.api.spi.MetadataProvider;
import io.datacoolie.batch.DataCoolieDriver;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code datacoolie run}: incremental runs of the selected dataflows. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the selected dataflows incrementally: rows above the stored watermark, then save the new"
                + " watermark.")
public final class RunCommand implements Callable<Integer> {
    @Mixin
    SelectionOptions selection;
    @Mixin
    StateOptions state;

    @Option(names = "--max-workers", paramLabel = "N", defaultValue = "8",
            description = "Dataflows run at the same time. Default: ${DEFAULT-VALUE}.")
    int maxWorkers;

    @Option(names = "--retry-count", paramLabel = "N", defaultValue = "0",
            description = "Retries after a failed attempt. Default: ${DEFAULT-VALUE}.")
    int retryCount;

    @Option(names = "--stop-on-error", description = "Start no further dataflow after one failed.")
    boolean stopOnError;

    @Option(names = "--dry-run", description = "Print the SQL each dataflow would read; write no row, save no"
            + " watermark.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MetadataProvider provider = selection.provider();
        var flows = selection.select(provider);
        RunConfig cfg = RunConfig.defaults().withMaxWorkers(maxWorkers).withStopOnError(stopOnError)
                .withRetries(retryCount, RunConfig.DEFAULT_RETRY_DELAY).withDryRun(dryRun);
        io.datacoolie.api.run.ExecutionResult r;
        try (ProgressDisplay progress = ProgressDisplay.forConsole(spec.commandLine().getErr());
                DataCoolieDriver driver = Drivers.open(selection, state, provider, flows, cfg, progress)) {
            r = driver.run(flows);
        }
        if (dryRun) {
            DryRunSql.printRuns(spec.commandLine().getOut(), flows, selection.watermarks(flows, state.stateDir));
        }
        return ResultPrinter.print(spec.commandLine().getOut(), r, "runs");
    }
}
