package io.datacoolie.batch.cli;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.spi.WatermarkStore;
import io.datacoolie.batch.exec.JdbcChunkTransfer;
import io.datacoolie.batch.exec.Watermarks;
import io.datacoolie.batch.exec.Window;
import io.datacoolie.sql.BoundSql;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;

/** What {@code --dry-run} prints: the source SQL and binds each run or chunk would read. Nothing is written. */
final class DryRunSql {
    private DryRunSql() {
    }

    /** Each dataflow's incremental read, from its stored watermark (read, never saved). */
    static void printRuns(PrintWriter out, List<DataFlow> flows, WatermarkStore watermarks) {
        for (DataFlow df : flows) {
            Window w = Window.incremental(Watermarks.decode(watermarks.get(df.dataflowId()).orElse(null)),
                    df.source().backward(), Clock.systemUTC());
            BoundSql b = MetadataPlan.read(df, JdbcChunkTransfer.readWindow(w));
            out.println("Dataflow '" + df.displayName() + "' (dry run): would read");
            out.println("    " + b.sql());
            out.println("    binds: " + b.binds().stream().map(MetadataPlan::bindText).toList());
        }
        out.flush();
    }

    /** Each dataflow's chunks with the SQL each would read, as {@code plan --metadata} prints them. */
    static void printReplays(PrintWriter out, List<DataFlow> flows, RangeOptions range, String chunkColumn) {
        for (DataFlow df : flows) {
            String name = df.displayName();
            MetadataPlan.of(df, chunkColumn, range.zone(name)).printTable(out, df, range.plan(name));
        }
        out.flush();
    }
}
