package io.datacoolie.examples.bench;

import io.datacoolie.examples.orders.OrdersTable;
import io.datacoolie.examples.orders.Vendor;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;

/** A replay of 2024 by month from one database to another, against a hand-written streaming JDBC copy. */
public final class CrossDatabaseScenario implements Scenario {

    /** The hand-written copy of the source columns only, reported as a note. */
    static final String PLAIN = "hand-written copy, source columns only";
    private static final String PLAIN_TABLE = "orders_plain";

    private final Vendor from;
    private final Vendor to;

    /**
     * @param from the source database
     * @param to the destination database
     */
    public CrossDatabaseScenario(Vendor from, Vendor to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public String id() {
        return "cross-" + from.name().toLowerCase(Locale.ROOT) + "-" + to.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public ScenarioResult run(BenchContext ctx) throws Exception {
        BenchDb src = ctx.fixtures().source(from);
        BenchDb dst = ctx.fixtures().empty(to);
        // The baseline and DataCoolie write into identical tables (primary key, the system columns); the plain copy
        // of the source columns alone shows what writing the system columns costs.
        dst.execute(new OrdersTable(to, SameDatabaseScenario.BASELINE_TABLE).createSql(true),
                new OrdersTable(to, SameDatabaseScenario.DATACOOLIE_TABLE).createSql(true),
                new OrdersTable(to, PLAIN_TABLE).createSql(false));
        List<Contender> warmUp = new ArrayList<>(List.of(handCopy(src, dst, Window.JANUARY_2024, true),
                handCopy(src, dst, Window.JANUARY_2024, false)));
        List<Contender> timed = new ArrayList<>(List.of(handCopy(src, dst, Window.YEAR_2024, true),
                handCopy(src, dst, Window.YEAR_2024, false)));
        Replayer r = ctx.replayer();
        if (r != null) {
            warmUp.add(replay(r, src, dst, Window.JANUARY_2024));
            timed.add(replay(r, src, dst, Window.YEAR_2024));
        }
        var samples = ctx.trial().run(() -> {
            dst.resetDestination(SameDatabaseScenario.BASELINE_TABLE);
            dst.resetDestination(SameDatabaseScenario.DATACOOLIE_TABLE);
            dst.resetDestination(PLAIN_TABLE);
        }, warmUp, timed);
        Map<String, Samples> reported = new LinkedHashMap<>(samples);
        Samples plain = reported.remove(PLAIN);
        List<String> notes = new ArrayList<>();
        notes.add(String.format("%s (%d runs, %s): median %.2f s. Against it, %s; the baseline above runs at %.2fx: the"
                + " cost of writing four more columns into every row", PLAIN, plain.seconds().size(), plain.spread(),
                plain.median(), reported.values().stream().skip(1).map(s -> String.format("%s runs at %.2fx",
                        s.name(), plain.median() / s.median())).collect(Collectors.joining(", ")),
                plain.median() / reported.values().iterator().next().median()));
        return new ScenarioResult(from.name() + " to " + to.name(),
                "Replay of [2024-01-01, 2025-01-01) by month from " + from.name() + " to " + to.name()
                        + ", against a hand-written copy that writes the same rows into an identical table (the source"
                        + " columns and the four system columns DataCoolie adds): one SELECT streamed with fetch size "
                        + JdbcStreamingCopy.BATCH + ", typed getters and setters, INSERT batches of "
                        + JdbcStreamingCopy.BATCH + " (PostgreSQL's reWriteBatchedInserts on, MariaDB's bulk protocol), one"
                        + " transaction.",
                "rows", reported, Target.atLeast(0.9), notes);
    }

    private static Contender handCopy(BenchDb src, BenchDb dst, Window w, boolean systemColumns) {
        String table = systemColumns ? SameDatabaseScenario.BASELINE_TABLE : PLAIN_TABLE;
        return new Contender(systemColumns ? "hand-written JDBC copy" : PLAIN, () -> {
            try (Connection s = src.connect(); Connection d = dst.connect()) {
                return JdbcStreamingCopy.copy(s, Fixtures.SOURCE, d, table, w, systemColumns);
            }
        });
    }

    private static Contender replay(Replayer r, BenchDb src, BenchDb dst, Window w) {
        return new Contender(SameDatabaseScenario.label("months=1"),
                () -> r.replay(src, Fixtures.SOURCE, dst, SameDatabaseScenario.DATACOOLIE_TABLE, w, "months=1")
                        .rows());
    }
}
