package io.datacoolie.examples.bench;

import io.datacoolie.examples.orders.OrdersTable;
import io.datacoolie.examples.orders.Vendor;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A replay of 2024 by month from one database to another, against a hand-written streaming JDBC copy. */
public final class CrossDatabaseScenario implements Scenario {

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
        dst.execute(new OrdersTable(to, SameDatabaseScenario.BASELINE_TABLE).createSql());
        List<Contender> warmUp = new ArrayList<>(List.of(handCopy(src, dst, Window.JANUARY_2024)));
        List<Contender> timed = new ArrayList<>(List.of(handCopy(src, dst, Window.YEAR_2024)));
        Replayer r = ctx.replayer();
        if (r != null) {
            warmUp.add(replay(r, src, dst, Window.JANUARY_2024));
            timed.add(replay(r, src, dst, Window.YEAR_2024));
        }
        var samples = ctx.trial().run(() -> {
            dst.resetDestination(SameDatabaseScenario.BASELINE_TABLE);
            dst.resetDestination(SameDatabaseScenario.DATACOOLIE_TABLE);
        }, warmUp, timed);
        return new ScenarioResult(from.name() + " to " + to.name(),
                "Replay of [2024-01-01, 2025-01-01) by month from " + from.name() + " to " + to.name()
                        + ", against a hand-written copy: one SELECT streamed with fetch size "
                        + JdbcStreamingCopy.BATCH + ", typed getters and setters, INSERT batches of "
                        + JdbcStreamingCopy.BATCH + " (the drivers' batch rewriting on), one transaction.",
                "rows", samples, Target.atLeast(0.9), List.of());
    }

    private static Contender handCopy(BenchDb src, BenchDb dst, Window w) {
        return new Contender("hand-written JDBC copy", () -> {
            try (Connection s = src.connect(); Connection d = dst.connect()) {
                return JdbcStreamingCopy.copy(s, Fixtures.SOURCE, d, SameDatabaseScenario.BASELINE_TABLE, w);
            }
        });
    }

    private static Contender replay(Replayer r, BenchDb src, BenchDb dst, Window w) {
        return new Contender(SameDatabaseScenario.label("months=1"),
                () -> r.replay(src, Fixtures.SOURCE, dst, SameDatabaseScenario.DATACOOLIE_TABLE, w, "months=1")
                        .rows());
    }
}
