package io.datacoolie.examples.bench;

import io.datacoolie.examples.orders.OrdersTable;
import io.datacoolie.examples.orders.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One single-shot chunk of every source row, PostgreSQL to MariaDB, in a child JVM limited to {@value #HEAP} of
 * heap: it must complete, so rows must stream rather than collect. The hand-written copy runs under the same limit.
 */
public final class MemoryScenario implements Scenario {

    static final String HEAP = "-Xmx256m";
    private static final Pattern RESULT = Pattern.compile("RESULT rows=(\\d+) heapPeakMb=(\\d+) gcs=(\\d+)");

    private final List<String> notes = new ArrayList<>();
    private final long rows;

    /** @param rows rows in the single chunk, generated in a PostgreSQL table of its own */
    public MemoryScenario(long rows) {
        this.rows = rows;
    }

    @Override
    public String id() {
        return "memory";
    }

    @Override
    public ScenarioResult run(BenchContext ctx) throws Exception {
        BenchDb src = ctx.fixtures().empty(Vendor.POSTGRES);
        long t0 = System.nanoTime();
        try (java.sql.Connection c = src.connect()) {
            new OrdersTable(Vendor.POSTGRES, Fixtures.SOURCE).createAndFill(c, rows);
        }
        ctx.log().printf("  generated %,d orders in %s in %.1f s%n", rows, src, (System.nanoTime() - t0) / 1e9);
        BenchDb dst = ctx.fixtures().empty(Vendor.MARIADB);
        dst.execute(new OrdersTable(Vendor.MARIADB, SameDatabaseScenario.BASELINE_TABLE).createSql());
        List<Contender> timed = new ArrayList<>(List.of(child(ctx, "baseline", "hand-written JDBC copy", src, dst,
                SameDatabaseScenario.BASELINE_TABLE)));
        if (ctx.replayer() != null) {
            timed.add(child(ctx, "datacoolie", SameDatabaseScenario.label(null), src, dst,
                    SameDatabaseScenario.DATACOOLIE_TABLE));
        }
        var samples = new Trial(1, ctx.log()).run(() -> {
            dst.resetDestination(SameDatabaseScenario.BASELINE_TABLE);
            dst.resetDestination(SameDatabaseScenario.DATACOOLIE_TABLE);
        }, List.of(), timed);
        return new ScenarioResult("Memory: one chunk under " + HEAP,
                "All of 2024 as one single-shot chunk from PostgreSQL to MariaDB in a child JVM started with " + HEAP
                        + " (its time includes JVM start-up). One run each.",
                "rows", samples, Target.completes("completes under " + HEAP), notes);
    }

    private Contender child(BenchContext ctx, String mode, String name, BenchDb src, BenchDb dst, String table) {
        return new Contender(name, () -> {
            JavaChild.Result res = JavaChild.run(List.of(HEAP), MemoryProbe.class.getName(), List.of(mode,
                    src.name(), src.url(), src.user(), dst.name(), dst.url(), dst.user(), Fixtures.SOURCE, table,
                    Window.YEAR_2024.start().toString(), Window.YEAR_2024.end().toString(),
                    ctx.workDir().resolve("datacoolie-child").toString()));
            String out = res.stdout();
            int code = res.exitCode();
            Matcher m = RESULT.matcher(out);
            if (code != 0 || !m.find()) {
                throw new IllegalStateException(name + " under " + HEAP + " failed with exit code " + code + ":\n" + out);
            }
            notes.add(String.format("%s: peak heap %s MB (sum of the heap pools' peaks), %s collections", name,
                    m.group(2), m.group(3)));
            return Long.parseLong(m.group(1));
        });
    }
}
