package io.datacoolie.examples.bench;

import io.datacoolie.examples.orders.OrdersTable;
import io.datacoolie.examples.orders.Vendor;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * A replay of all of 2024 by day and by month, against one plain {@code INSERT INTO dst SELECT ... FROM src WHERE}
 * over the whole range in the same database: the physical limit.
 */
public final class SameDatabaseScenario implements Scenario {

    static final String BASELINE_TABLE = "orders_copy";
    static final String DATACOOLIE_TABLE = "orders_dc";

    private final Vendor vendor;

    /** @param vendor the database holding source and destination */
    public SameDatabaseScenario(Vendor vendor) {
        this.vendor = vendor;
    }

    @Override
    public String id() {
        return "same-" + vendor.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public ScenarioResult run(BenchContext ctx) throws Exception {
        BenchDb db = ctx.fixtures().source(vendor);
        db.execute(new OrdersTable(vendor, BASELINE_TABLE).createSql());
        Contender baseline = new Contender("INSERT ... SELECT", () -> {
            try (Connection c = db.connect()) {
                return InsertSelectCopy.copy(c, Fixtures.SOURCE, BASELINE_TABLE, Window.YEAR_2024);
            }
        });
        List<Contender> warmUp = new ArrayList<>(List.of(new Contender(baseline.name(), () -> {
            try (Connection c = db.connect()) {
                return InsertSelectCopy.copy(c, Fixtures.SOURCE, BASELINE_TABLE, Window.JANUARY_2024);
            }
        })));
        List<Contender> timed = new ArrayList<>(List.of(baseline));
        Replayer r = ctx.replayer();
        if (r != null) {
            warmUp.add(replay(r, db, "days=1", Window.JANUARY_2024));
            timed.add(replay(r, db, "months=1", Window.YEAR_2024));
            timed.add(replay(r, db, "days=1", Window.YEAR_2024));
        }
        var samples = ctx.trial().run(() -> {
            db.resetDestination(BASELINE_TABLE);
            db.resetDestination(DATACOOLIE_TABLE);
        }, warmUp, timed);
        return new ScenarioResult("Same database, " + vendor.name(),
                "Replay of [2024-01-01, 2025-01-01) from `orders` to a new table in the same " + vendor.name()
                        + " database, against `INSERT INTO orders_copy SELECT ... FROM orders WHERE updated_at >= ?"
                        + " AND updated_at < ?` in one transaction.",
                "rows", samples, Target.atLeast(0.9), List.of());
    }

    private static Contender replay(Replayer r, BenchDb db, String chunk, Window w) {
        return new Contender(label(chunk),
                () -> r.replay(db, Fixtures.SOURCE, db, DATACOOLIE_TABLE, w, chunk).rows());
    }

    /**
     * @param chunk {@code UNIT=N}, or null
     * @return the contender's name in the report, e.g. {@code DataCoolie, days=1}
     */
    static String label(String chunk) {
        return "DataCoolie, " + (chunk == null ? "single shot" : chunk);
    }
}
