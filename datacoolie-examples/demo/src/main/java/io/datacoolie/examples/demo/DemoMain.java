package io.datacoolie.examples.demo;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.ReplayConfig;
import io.datacoolie.api.run.ExecutionResult;
import io.datacoolie.batch.DataCoolieDriver;
import io.datacoolie.examples.orders.AwkwardRow;
import io.datacoolie.examples.orders.MonthTotals;
import io.datacoolie.examples.orders.MonthlyCheck;
import io.datacoolie.examples.orders.OrdersTable;
import io.datacoolie.examples.orders.Vendor;
import io.datacoolie.metadata.FileMetadataProvider;
import io.datacoolie.metadata.watermark.FileWatermarkStore;
import io.datacoolie.planner.ChunkSteps;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code datacoolie demo}: a realistic order table in an embedded H2 database, an incremental load, a replay of 2024
 * by month into a new table, the per-chunk summary from the ETL log, and a check of the result against SQL.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generates orders for 2024 in an embedded H2 database, loads them incrementally, replays 2024 by"
                + " month into a new table with a filter_expression, prints the per-chunk summary from the ETL log and"
                + " checks the destination against a SQL query of the source. Exit code 0 when the check passes."})
public final class DemoMain implements Callable<Integer> {

    static final String START = "2024-01-01";
    static final String END = "2025-01-01";
    static final String CHUNK = "months=1";
    static final String SOURCE = DemoMetadata.SHOP + ".orders";
    static final String DESTINATION = DemoMetadata.WAREHOUSE + "." + DemoMetadata.BACKFILL_TABLE;
    private static final String RANGE = "updated_at >= TIMESTAMP '2024-01-01 00:00:00'"
            + " AND updated_at < TIMESTAMP '2025-01-01 00:00:00'";

    @Option(names = "--rows", description = "Orders to generate (default: ${DEFAULT-VALUE}).")
    long rows = 1_000_000;

    @Option(names = "--dir", description = "Where the demo's databases, metadata, state and logs go"
            + " (default: ${DEFAULT-VALUE}). Files of an earlier demo run there are replaced.")
    Path dir = Path.of(".datacoolie", "demo");

    private final PrintStream out;
    private final boolean terminal;
    private final long t0 = System.nanoTime();

    /** A demo printing to stdout. */
    public DemoMain() {
        this(System.out, System.console() != null);
    }

    DemoMain(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /**
     * @param args command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new DemoMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        DemoFiles files = new DemoFiles(dir);
        files.clean();
        out.printf("DataCoolie demo: %,d orders in an embedded H2 database under %s%n", rows, dir);
        generate(files);
        new DemoMetadata(files.url()).write(files.metadata());
        step(2, "Metadata: " + files.metadata() + " (dataflows " + DemoMetadata.INCREMENTAL + " and "
                + DemoMetadata.BACKFILL + ", the original DataCoolie's field names)");
        String before;
        String after;
        try (FileMetadataProvider metadata = new FileMetadataProvider(files.metadata());
                DataCoolieDriver driver = DataCoolieDriver.builder().metadata(new FileMetadataProvider(
                        files.metadata())).stateDir(files.state()).logPath(files.logs())
                        .observer(new ProgressLine(out, terminal)).build()) {
            FileWatermarkStore watermarks = new FileWatermarkStore(files.state(), metadata.dataflows(
                    java.util.Set.of(), false));
            DataFlow incremental = driver.loadDataflows("silver").get(0);
            incremental(driver, incremental);
            before = watermarks.get(incremental.dataflowId()).orElse("(none)");
            out.println("  production watermark of " + incremental.name() + ": " + before);
            replay(driver);
            after = watermarks.get(incremental.dataflowId()).orElse("(none)");
        }
        summary(files);
        return check(files, before.equals(after)) ? 0 : 1;
    }

    private void generate(DemoFiles files) throws SQLException {
        try (Connection c = DriverManager.getConnection(files.url(), "sa", "");
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + DemoMetadata.SHOP);
            s.execute("CREATE SCHEMA " + DemoMetadata.WAREHOUSE);
            long total = new OrdersTable(Vendor.H2, SOURCE).createAndFill(c, rows);
            step(1, String.format("Source: %,d orders in %s, table %s, with %d awkward rows:", total, files.url(),
                    SOURCE, AwkwardRow.ALL.size()));
        }
        for (AwkwardRow r : AwkwardRow.ALL) {
            out.printf("      updated_at %-28s %s%n", r.updatedAt() == null ? "NULL" : r.updatedAt(), r.why());
        }
    }

    private void incremental(DataCoolieDriver driver, DataFlow df) {
        out.println();
        ExecutionResult r = driver.run(List.of(df));
        step(3, String.format("Incremental load of %s: %,d rows appended to %s.%s (%s)", df.name(),
                r.rowsWritten(), DemoMetadata.WAREHOUSE, DemoMetadata.HISTORY_TABLE, counts(r)));
        failIfFailed(r);
    }

    private void replay(DataCoolieDriver driver) {
        List<DataFlow> flows = driver.loadDataflows("backfill");
        out.printf("%n[4/6] Replay of %s over [%s, %s) by %s, filter_expression \"%s\":%n", DemoMetadata.BACKFILL,
                START, END, CHUNK, DemoMetadata.FILTER);
        ReplayConfig cfg = ReplayConfig.builder(START, END).chunkInterval(ChunkSteps.parse(CHUNK,
                DemoMetadata.BACKFILL)).build();
        ExecutionResult r = driver.runReplay(flows, cfg);
        out.printf("  chunks: total=%d succeeded=%d failed=%d skipped=%d; %,d rows written in %.1f s%n", r.total(),
                r.succeeded(), r.failed(), r.skipped(), r.rowsWritten(), r.durationSeconds());
        failIfFailed(r);
    }

    private void summary(DemoFiles files) throws java.io.IOException {
        ChunkSummary s = ChunkSummary.newest(files.logs(), DemoMetadata.BACKFILL).orElseThrow(() ->
                new IllegalStateException("No replay records for " + DemoMetadata.BACKFILL + " under " + files.logs()));
        step(5, "Per-chunk summary from the ETL log " + s.logFile());
        out.println(s.render());
        out.println("  the first chunk's source query, as logged:\n  " + s.firstChunkSql());
    }

    private boolean check(DemoFiles files, boolean watermarkUnchanged) throws SQLException {
        String where = RANGE + " AND (" + DemoMetadata.FILTER + ")";
        MonthlyCheck check;
        try (Connection c = DriverManager.getConnection(files.url(), "sa", "")) {
            check = MonthlyCheck.compare(MonthTotals.query(c, SOURCE, where), MonthTotals.query(c, DESTINATION, null));
        }
        step(6, "Check: " + DESTINATION + " against the source, month by month:\n  " + MonthTotals.sql(SOURCE, where));
        out.println(check.render());
        out.println(watermarkUnchanged ? "PASS: the replay left the production watermark unchanged"
                : "FAIL: the replay changed the production watermark");
        boolean pass = check.passed() && watermarkUnchanged;
        out.printf("%s in %.1f s%n", pass ? "Demo passed" : "Demo FAILED", (System.nanoTime() - t0) / 1e9);
        return pass;
    }

    private void step(int n, String text) {
        out.printf("%n[%d/6] %s  (%.1f s)%n", n, text, (System.nanoTime() - t0) / 1e9);
    }

    private static String counts(ExecutionResult r) {
        return "succeeded=" + r.succeeded() + " failed=" + r.failed() + " skipped=" + r.skipped();
    }

    private static void failIfFailed(ExecutionResult r) {
        if (r.failed() > 0 || r.pending() > 0) {
            throw new IllegalStateException("The demo's DataCoolie run failed: " + r.errors());
        }
    }
}
