package io.datacoolie.examples.bench;

import io.datacoolie.api.AdditionalColumn;
import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.Destination;
import io.datacoolie.api.LoadType;
import io.datacoolie.api.Source;
import io.datacoolie.api.Transform;
import io.datacoolie.api.chunk.ChunkInterval;
import io.datacoolie.sql.BoundSql;
import io.datacoolie.sql.Column;
import io.datacoolie.sql.DataflowSql;
import io.datacoolie.sql.Dialect;
import io.datacoolie.sql.ReadWindow;
import io.datacoolie.sql.TableSchema;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Micro-benchmark of building one replay chunk's statement (SQL text + typed binds) when the dataflow's fragments
 * were parsed once, against re-parsing them for every chunk. Plain main, no database: {@code java ...
 * StatementBuildBenchmark [iterations]}. Prints ns per chunk and the ratio.
 */
public final class StatementBuildBenchmark {
    private static final TableSchema ORDERS = new TableSchema("sales", "orders", List.of(
            new Column("id", Types.BIGINT, "int8", 19, 0, false),
            new Column("status", Types.VARCHAR, "varchar", 20, 0, true),
            new Column("amount", Types.NUMERIC, "numeric", 12, 2, true),
            new Column("region", Types.VARCHAR, "varchar", 20, 0, true),
            new Column("updated_at", Types.TIMESTAMP, "timestamp", 26, 6, true)));

    private StatementBuildBenchmark() {
    }

    /**
     * @param args optional iteration count (default 200000)
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        DataFlow flow = flow();
        DataflowSql compiled = DataflowSql.compile(flow, ORDERS, Dialect.POSTGRES, Dialect.POSTGRES);
        LocalDate base = LocalDate.of(2020, 1, 1);
        long sink = 0;
        for (int round = 0; round < 3; round++) { // warm-up, then the measured round
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += chunk(compiled, base, i).sql().length();
            }
            long precompiled = System.nanoTime() - t0;
            int m = Math.max(1, n / 20);
            t0 = System.nanoTime();
            for (int i = 0; i < m; i++) {
                sink += chunk(DataflowSql.compile(flow, ORDERS, Dialect.POSTGRES, Dialect.POSTGRES), base, i).binds()
                        .size();
            }
            long reparsed = System.nanoTime() - t0;
            if (round == 2) {
                double a = precompiled / (double) n;
                double b = reparsed / (double) m;
                System.out.printf(Locale.ROOT, "statement build, fragments parsed once: %.2f us/chunk (%d chunks)%n",
                        a / 1000, n);
                System.out.printf(Locale.ROOT, "statement build, fragments re-parsed:   %.2f us/chunk (%d chunks)%n",
                        b / 1000, m);
                System.out.printf(Locale.ROOT, "ratio re-parsed / parsed once: %.1fx%n", b / a);
            }
        }
        if (sink == 42) {
            System.out.println(); // keeps the JIT from discarding the work
        }
    }

    private static BoundSql chunk(DataflowSql sql, LocalDate base, int i) {
        LocalDate lo = base.plusDays(i % 3000);
        return sql.read(ReadWindow.chunk(null, ChunkInterval.of(lo, lo.plusDays(1)), ZoneOffset.UTC));
    }

    private static DataFlow flow() {
        Connection c = new Connection("c", "db", null, "database", "sql", null, null, null, null, true);
        Source s = new Source(c, "sales", "orders", null, List.of("updated_at"),
                "status IN ('A', 'B') AND amount BETWEEN 10 AND 500 AND region LIKE 'EU%'", null, null);
        Transform t = new Transform(null, null, null, List.of(new AdditionalColumn("net", "amount * 0.8")),
                "net > 5", null, null, null, null);
        Destination d = new Destination(c, null, "orders_copy", LoadType.APPEND, null, null, null);
        return new DataFlow("bench", "bench", null, null, null, null, null, null, true, s, t, d, null);
    }
}
