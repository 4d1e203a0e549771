package io.datacoolie.batch.cli;

import io.datacoolie.api.chunk.ChunkPlan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code datacoolie plan}: prints the chunks of a range without metadata or a database. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print the chunks [start, end) of a replay range, calendar-aligned, without touching a database.")
public final class PlanCommand implements Callable<Integer> {
    @Mixin
    private RangeOptions range;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people) or json (for machines). Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ChunkPlan<?> plan = range.plan(null);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            PlanJson.write(out, plan, PlanJson.NO_EXTRA_FIELDS);
        } else {
            PlanTable.write(out, plan, range.zone(null));
        }
        return Main.OK;
    }
}
