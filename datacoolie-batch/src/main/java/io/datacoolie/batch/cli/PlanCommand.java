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

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "JSON metadata file: also print each chunk's source SQL and binds for the selected"
                    + " dataflows (the destination is not contacted).")
    private String metadata;

    @Option(names = "--stage", paramLabel = "S", description = "With --metadata: only dataflows of this stage.")
    private String stage;

    @Option(names = "--dataflow", paramLabel = "ID", arity = "1..*",
            description = "With --metadata: only these dataflows, by dataflow_id or name.")
    private java.util.List<String> dataflows = new java.util.ArrayList<>();

    @Option(names = "--chunk-column", paramLabel = "C",
            description = "With --metadata: the column to cut chunks on. Default: source.watermark_columns[0].")
    private String chunkColumn;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (metadata != null) {
            return withMetadata();
        }
        ChunkPlan<?> plan = range.plan(null);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            PlanJson.write(out, plan, PlanJson.NO_EXTRA_FIELDS);
        } else {
            PlanTable.write(out, plan, range.zone(null));
        }
        return Main.OK;
    }

    private int withMetadata() throws Exception {
        SelectionOptions sel = new SelectionOptions();
        sel.metadata = metadata;
        sel.stage = stage;
        sel.dataflows = dataflows;
        PrintWriter out = spec.commandLine().getOut();
        try (io.datacoolie.api.spi.MetadataProvider provider = sel.provider()) {
            java.util.List<io.datacoolie.api.DataFlow> flows = sel.select(provider);
            if (format == OutputFormat.JSON) {
                out.print("{\"dataflows\":[");
            }
            boolean first = true;
            for (io.datacoolie.api.DataFlow df : flows) {
                ChunkPlan<?> plan = range.plan(df.displayName());
                MetadataPlan mp = MetadataPlan.of(df, chunkColumn, range.zone(df.displayName()));
                if (format == OutputFormat.JSON) {
                    out.print((first ? "" : ",") + "{\"dataflow\":" + new com.fasterxml.jackson.databind.ObjectMapper()
                            .writeValueAsString(df.displayName()) + ",\"chunk_column\":\"" + mp.column() + "\",\"plan\":");
                    out.flush();
                    java.io.StringWriter sw = new java.io.StringWriter();
                    PlanJson.write(sw, plan, (json, c) -> {
                        io.datacoolie.sql.BoundSql b = mp.read(c);
                        json.writeStringField("sql", b.sql());
                        json.writeArrayFieldStart("binds");
                        for (Object v : b.binds()) {
                            if (v instanceof Long || v instanceof Integer) {
                                json.writeNumber(((Number) v).longValue());
                            } else {
                                json.writeString(String.valueOf(v));
                            }
                        }
                        json.writeEndArray();
                    });
                    out.print(sw.toString().strip() + "}");
                } else {
                    mp.printTable(out, df, plan);
                }
                first = false;
            }
            if (format == OutputFormat.JSON) {
                out.println("]}");
            }
        }
        out.flush();
        return Main.OK;
    }
}
