package io.datacoolie.batch.cli;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.ReplayConfig;
import io.datacoolie.api.RunConfig;
import io.datacoolie.api.run.ExecutionResult;
import io.datacoolie.api.spi.MetadataProvider;
import io.datacoolie.batch.DataCoolieDriver;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code datacoolie replay}: re-processes {@code [start, end)} of dataflows in chunks; resumes an unfinished one. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay [start, end) of the selected dataflows in sequential chunks, leaving the production"
                + " watermark alone. Running the same command again after a failure or a crash resumes it.")
public final class ReplayCommand implements Callable<Integer> {
    @Mixin
    SelectionOptions selection;
    @Mixin
    RangeOptions range;
    @Mixin
    StateOptions state;

    @Option(names = "--save-watermark", description = "Save each chunk's upper bound as the production watermark.")
    boolean saveWatermark;

    @Option(names = "--chunk-column", paramLabel = "C",
            description = "Column to cut chunks on. Default: source.watermark_columns[0].")
    String chunkColumn;

    @Option(names = "--max-workers", paramLabel = "N", defaultValue = "8",
            description = "Dataflows replayed at the same time. Default: ${DEFAULT-VALUE}.")
    int maxWorkers;

    @Option(names = "--dry-run", description = "Print each chunk and the SQL it would read; write no row, store no"
            + " replay, save no watermark.")
    boolean dryRun;

    @Option(names = "--fresh", description = "Start over instead of resuming an unfinished replay of the same range.")
    boolean fresh;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MetadataProvider provider = selection.provider();
        List<DataFlow> flows = selection.select(provider);
        ReplayConfig replay = range.replay(null).saveWatermark(saveWatermark).chunkColumn(chunkColumn).build();
        ExecutionResult r;
        try (ProgressDisplay progress = ProgressDisplay.forConsole(spec.commandLine().getErr());
                DataCoolieDriver driver = Drivers.open(selection, state, provider, flows,
                        RunConfig.defaults().withMaxWorkers(maxWorkers).withDryRun(dryRun), progress)) {
            r = driver.runReplay(flows, replay, fresh);
        }
        if (dryRun) {
            DryRunSql.printReplays(spec.commandLine().getOut(), flows, range, chunkColumn);
        }
        return ResultPrinter.print(spec.commandLine().getOut(), r, "chunks");
    }
}
