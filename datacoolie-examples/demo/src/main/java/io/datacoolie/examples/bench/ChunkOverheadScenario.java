package io.datacoolie.examples.bench;

import io.datacoolie.examples.orders.OrdersTable;
import io.datacoolie.examples.orders.Vendor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * DataCoolie's fixed cost per chunk: a replay of hourly chunks over a range with no source rows, run end to end
 * (plan, job, partitions, queries, bookkeeping, ETL log). The baseline is the bare work of those chunks by hand:
 * one {@code INSERT ... SELECT} per hour and a commit, on one connection.
 */
public final class ChunkOverheadScenario implements Scenario {

    /** Far after the generated data, so every chunk is empty. */
    static final LocalDateTime EMPTY_START = LocalDateTime.parse("2030-01-01T00:00:00");

    private final int repetitions;

    /** @param repetitions measured repetitions (10,000 chunks take minutes on a busy machine) */
    public ChunkOverheadScenario(int repetitions) {
        this.repetitions = repetitions;
    }

    @Override
    public String id() {
        return "overhead";
    }

    @Override
    public ScenarioResult run(BenchContext ctx) throws Exception {
        BenchDb db = ctx.fixtures().source(Vendor.H2);
        db.execute("DROP TABLE IF EXISTS " + SameDatabaseScenario.BASELINE_TABLE,
                new OrdersTable(Vendor.H2, SameDatabaseScenario.BASELINE_TABLE).createSql());
        int n = ctx.chunks();
        Window all = new Window(EMPTY_START, EMPTY_START.plusHours(n));
        Window warm = new Window(EMPTY_START, EMPTY_START.plusHours(Math.min(n, 200)));
        List<Contender> warmUp = new ArrayList<>(List.of(byHand(db, warm)));
        List<Contender> timed = new ArrayList<>(List.of(byHand(db, all)));
        Replayer r = ctx.replayer();
        if (r != null) {
            warmUp.add(replay(r, db, warm));
            timed.add(replay(r, db, all));
        }
        var samples = new Trial(repetitions, ctx.log()).run(() -> { }, warmUp, timed);
        return new ScenarioResult("Per-chunk overhead",
                String.format("%,d empty hourly chunks from %s on H2, end to end; the baseline runs the same"
                        + " hourly INSERT ... SELECT and a commit per hour by hand.", n, EMPTY_START),
                "chunks", samples, Target.atMostMillisPerChunk(5), List.of());
    }

    private static Contender byHand(BenchDb db, Window w) {
        return new Contender("hand-written loop", () -> {
            String sql = "INSERT INTO " + SameDatabaseScenario.BASELINE_TABLE + " (" + InsertSelectCopy.COLUMNS
                    + ") SELECT " + InsertSelectCopy.COLUMNS + " FROM " + Fixtures.SOURCE
                    + " WHERE updated_at >= ? AND updated_at < ?";
            long chunks = 0;
            try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
                c.setAutoCommit(false);
                for (LocalDateTime t = w.start(); t.isBefore(w.end()); t = t.plusHours(1)) {
                    ps.setObject(1, t);
                    ps.setObject(2, t.plusHours(1));
                    ps.executeUpdate();
                    c.commit();
                    chunks++;
                }
            }
            return chunks;
        });
    }

    private static Contender replay(Replayer r, BenchDb db, Window w) {
        return new Contender(SameDatabaseScenario.label("hours=1"), () -> r.replay(db, Fixtures.SOURCE, db,
                SameDatabaseScenario.DATACOOLIE_TABLE, w, "hours=1").chunks());
    }
}
