package io.datacoolie.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.LoadType;
import io.datacoolie.api.chunk.ChunkInterval;
import io.datacoolie.testkit.TestDb;
import io.datacoolie.testkit.TestDb.Kind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every load strategy, for real, on H2, PostgreSQL and MariaDB, pushed down (same database) and streamed (across
 * databases); the destination is compared with a table computed in Java from the seeded rows.
 */
class StrategiesIT {
    private static final Instant T1 = Instant.parse("2025-06-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-06-02T10:00:00Z");
    private static final LocalDateTime BASE = LocalDateTime.of(2024, 1, 1, 0, 0);

    static Stream<Arguments> pairs() {
        return Stream.of(Arguments.of(Kind.H2, Kind.H2, true, true), Arguments.of(Kind.POSTGRES, Kind.POSTGRES, true,
                true), Arguments.of(Kind.MARIADB, Kind.MARIADB, true, true), Arguments.of(Kind.H2, Kind.POSTGRES, false,
                true), Arguments.of(Kind.POSTGRES, Kind.MARIADB, false, true), Arguments.of(Kind.MARIADB, Kind.H2, false,
                true), Arguments.of(Kind.POSTGRES, Kind.POSTGRES, false, true), Arguments.of(Kind.MARIADB,
                Kind.POSTGRES, false, false));
    }

    /** A source row: what the seeded table holds, kept in Java to compute expectations independently. */
    private record Row(long id, String status, BigDecimal amount, LocalDateTime updatedAt) {
        String line() {
            return id + "|" + status + "|" + amount.stripTrailingZeros().toPlainString();
        }
    }

    private final Map<Long, Row> source = new TreeMap<>();

    private void seed(TestDb db) {
        db.execute("CREATE TABLE src_orders (id BIGINT PRIMARY KEY, status VARCHAR(10), amount DECIMAL(10, 2),"
                + " updated_at TIMESTAMP NULL)");
        List<String> values = new ArrayList<>();
        for (long id = 1; id <= 40; id++) {
            Row r = new Row(id, new String[] {"A", "B", "C"}[(int) (id % 3)], BigDecimal.valueOf(id * 15, 1),
                    BASE.plusDays(id * 2));
            source.put(id, r);
            values.add("(" + id + ", '" + r.status + "', " + r.amount + ", TIMESTAMP '"
                    + r.updatedAt.toString().replace('T', ' ') + ":00')");
        }
        db.execute("INSERT INTO src_orders VALUES " + String.join(", ", values));
    }

    private void update(TestDb db, long id, String status, LocalDateTime at) {
        Row r = source.get(id);
        source.put(id, new Row(id, status, r.amount, at));
        db.execute("UPDATE src_orders SET status = '" + status + "', updated_at = TIMESTAMP '"
                + at.toString().replace('T', ' ') + ":00' WHERE id = " + id);
    }

    private interface Body {
        void run(TestDb src, Connection s, Connection d, TransferOptions o) throws Exception;
    }

    private void withDbs(Kind sk, Kind dk, boolean same, boolean copy, Body body) throws Exception {
        try (TestDb src = TestDb.open(sk); TestDb dst = same ? null : TestDb.open(dk)) {
            seed(src);
            try (Connection s = src.connect(); Connection d = (same ? src : dst).connect()) {
                d.setAutoCommit(false);
                body.run(src, s, d, TransferOptions.DEFAULTS.withSameDatabase(same).withCopy(copy));
            }
        }
    }

    private TransferResult run(DataFlow f, Connection s, Connection d, TransferOptions o, ReadWindow w, String runId,
            Instant now) throws SQLException {
        TableSchema schema = TableSchema.read(s, null, "src_orders").orElseThrow();
        ChunkTransfer t = new ChunkTransfer(DataflowSql.compile(f, schema, Dialect.detect(s), Dialect.detect(d)), o);
        t.prepareDestination(s, d);
        TransferResult r = t.execute(s, d, w, runId, now);
        d.commit();
        return r;
    }

    private List<String> expected(java.util.function.Predicate<Row> p) {
        return source.values().stream().filter(p).map(Row::line).toList();
    }

    private static List<String> dstRows(Connection d) throws SQLException {
        return Rows.query(d, "SELECT id, status, amount FROM dst_orders ORDER BY id");
    }

    @ParameterizedTest(name = "{0} -> {1}, same database {2}, COPY {3}")
    @MethodSource("pairs")
    void append_replayChunkTwice_replacesTheRangeOnce(Kind sk, Kind dk, boolean same, boolean copy) throws Exception {
        withDbs(sk, dk, same, copy, (src, s, d, o) -> {
            DataFlow f = Flows.flow().table(null, "src_orders").filter("status <> 'C'")
                    .destination("dst_orders", LoadType.APPEND).build();
            ReadWindow jan = ReadWindow.chunk(null, ChunkInterval.of(LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 2, 1)), null);
            List<String> want = expected(r -> r.updatedAt.getMonthValue() == 1 && r.updatedAt.getYear() == 2024
                    && !r.status.equals("C"));
            TransferResult first = run(f, s, d, o, jan, "run-1", T1);
            TransferResult second = run(f, s, d, o, jan, "run-2", T2);
            assertEquals(want, dstRows(d));
            assertEquals(want.size(), second.rowsRead());
            assertEquals(want.size(), second.deleted());
            assertEquals(same, first.pushedDown());
            boolean copied = first.statements().stream().anyMatch(b -> b.sql().startsWith("COPY "));
            assertEquals(!same && copy && dk == Kind.POSTGRES, copied, first.statements().toString());
            assertEquals(want.size(), Rows.count(d, "SELECT COUNT(*) FROM dst_orders WHERE __dataflow_run_id = 'run-2'"
                    + " AND __updated_by = 'DataCoolie'"));
        });
    }

    @ParameterizedTest(name = "{0} -> {1}, same database {2}, COPY {3}")
    @MethodSource("pairs")
    void append_oneTransferCreatesTableAndRunsOverlappingChunks_neverDuplicates(Kind sk, Kind dk, boolean same,
            boolean copy) throws Exception {
        withDbs(sk, dk, same, copy, (src, s, d, o) -> {
            DataFlow f = Flows.flow().table(null, "src_orders").destination("dst_orders", LoadType.APPEND).build();
            TableSchema schema = TableSchema.read(s, null, "src_orders").orElseThrow();
            ChunkTransfer t = new ChunkTransfer(DataflowSql.compile(f, schema, Dialect.detect(s), Dialect.detect(d)), o);
            t.prepareDestination(s, d);
            LocalDate jan = LocalDate.of(2024, 1, 1);
            for (LocalDate[] r : new LocalDate[][] {{jan, jan.plusMonths(1)}, {jan.plusMonths(1), jan.plusMonths(2)},
                {jan.plusDays(10), jan.plusDays(40)}, {jan, jan.plusMonths(1)}}) {
                t.execute(s, d, ReadWindow.chunk(null, ChunkInterval.of(r[0], r[1]), null), "run", T1);
                d.commit();
            }
            assertEquals(expected(x -> x.updatedAt.isBefore(jan.plusMonths(2).atStartOfDay())), dstRows(d));
        });
    }

    @ParameterizedTest(name = "{0} -> {1}, same database {2}, COPY {3}")
    @MethodSource("pairs")
    void queryMode_dedupAndComputedColumn_chunkPushedIntoTheDerivedTable(Kind sk, Kind dk, boolean same, boolean copy)
            throws Exception {
        withDbs(sk, dk, same, copy, (src, s, d, o) -> {
            String query = "SELECT id, status, amount, updated_at FROM src_orders WHERE status <> 'C'";
            DataFlow f = Flows.flow().query(query).filter("amount > 3").add("double_amount", "amount * 2")
                    .transformFilter("double_amount < 50").dedup("id")
                    .destination("dst_orders", LoadType.APPEND).build();
            TableSchema schema = TableSchema.ofQuery(s, query);
            ChunkTransfer t = new ChunkTransfer(DataflowSql.compile(f, schema, Dialect.detect(s), Dialect.detect(d)), o);
            ReadWindow feb = ReadWindow.chunk(null, ChunkInterval.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)),
                    null);
            t.prepareDestination(s, d);
            TransferResult r = t.execute(s, d, feb, "run-1", T1);
            d.commit();
            java.util.function.Predicate<Row> inFeb = x -> x.updatedAt.getMonthValue() == 2 && !x.status.equals("C")
                    && x.amount.doubleValue() > 3;
            assertEquals(expected(inFeb.and(x -> x.amount.doubleValue() * 2 < 50)), dstRows(d));
            assertEquals(source.values().stream().filter(inFeb).count(), r.rowsRead());
            assertEquals(List.of("16|48"), Rows.query(d, "SELECT id, double_amount FROM dst_orders WHERE id = 16"));
        });
    }

    @ParameterizedTest(name = "{0} -> {1}, same database {2}, COPY {3}")
    @MethodSource("pairs")
    void existingTableWithoutFrameworkColumns_getsThemAdded_andAMissingDataColumnIsAClearError(Kind sk, Kind dk,
            boolean same, boolean copy) throws Exception {
        withDbs(sk, dk, same, copy, (src, s, d, o) -> {
            String ts = dk == Kind.MARIADB ? "DATETIME(6)" : "TIMESTAMP";
            try (var st = d.createStatement()) {
                st.execute("CREATE TABLE dst_orders (id BIGINT, status VARCHAR(10), amount DECIMAL(10, 2),"
                        + " updated_at " + ts + ")");
                st.execute("CREATE TABLE dst_narrow (id BIGINT, status VARCHAR(10))");
            }
            d.commit();
            DataFlow f = Flows.flow().table(null, "src_orders").destination("dst_orders", LoadType.APPEND).build();
            run(f, s, d, o, ReadWindow.all(), "run-1", T1);
            assertEquals(expected(x -> true), dstRows(d));
            assertEquals(40, Rows.count(d, "SELECT COUNT(*) FROM dst_orders WHERE __dataflow_run_id = 'run-1'"));
            DataFlow narrow = Flows.flow().table(null, "src_orders").destination("dst_narrow", LoadType.APPEND).build();
            io.datacoolie.api.InvalidDataflowException e = org.junit.jupiter.api.Assertions.assertThrows(
                    io.datacoolie.api.InvalidDataflowException.class,
                    () -> run(narrow, s, d, o, ReadWindow.all(), "run-2", T1));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("Dataflow 'orders_daily': the read"
                    + " produces column 'amount', which destination table '"), e.getMessage());
        });
    }

    @ParameterizedTest(name = "{0} -> {1}, same database {2}, COPY {3}")
    @MethodSource("pairs")
    void everyStrategy_rolledBack_leavesNothingBehind(Kind sk, Kind dk, boolean same, boolean copy) throws Exception {
        withDbs(sk, dk, same, copy, (src, s, d, o) -> {
            for (LoadType lt : LoadType.values()) {
                String table = "dst_" + lt.wireName();
                DataFlow f = Flows.flow().table(null, "src_orders").destination(table, lt, "id")
                        .dstConf("scd2_effective_column", "updated_at").build();
                TableSchema schema = TableSchema.read(s, null, "src_orders").orElseThrow();
                ChunkTransfer t = new ChunkTransfer(DataflowSql.compile(f, schema, Dialect.detect(s),
                        Dialect.detect(d)), o);
                t.prepareDestination(s, d);
                d.commit();
                TransferResult r = t.execute(s, d, ReadWindow.chunk(null, ChunkInterval.of(LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 3, 1)), null), "run-1", T1);
                org.junit.jupiter.api.Assertions.assertTrue(r.rowsWritten() > 0, lt.toString());
                d.rollback();
                assertEquals(0, Rows.count(d, "SELECT COUNT(*) FROM " + table), lt + " left rows after rollback");
            }
        });
    }

    @ParameterizedTest(name = "{0} -> {1}, same database {2}, COPY {3}")
    @MethodSource("pairs")
    void overwrite_fullRead_replacesEverything(Kind sk, Kind dk, boolean same, boolean copy) throws Exception {
        withDbs(sk, dk, same, copy, (src, s, d, o) -> {
            DataFlow f = Flows.flow().table(null, "src_orders").destination("dst_orders", LoadType.OVERWRITE).build();
            run(f, s, d, o, ReadWindow.all(), "run-1", T1);
            TransferResult r = run(f, s, d, o, ReadWindow.all(), "run-2", T2);
            assertEquals(expected(x -> true), dstRows(d));
            assertEquals(40, r.rowsRead());
            assertEquals(40, r.deleted());
            assertEquals(BASE.plusDays(80), r.watermarkMax().get("updated_at"));
        });
    }

    @ParameterizedTest(name = "{0} -> {1}, same database {2}, COPY {3}")
    @MethodSource("pairs")
    void mergeUpsert_incremental_updatesMatchesKeepsCreatedAt(Kind sk, Kind dk, boolean same, boolean copy) throws Exception {
        withDbs(sk, dk, same, copy, (src, s, d, o) -> {
            DataFlow f = Flows.flow().table(null, "src_orders")
                    .destination("dst_orders", LoadType.MERGE_UPSERT, "id").build();
            TransferResult first = run(f, s, d, o, ReadWindow.all(), "run-1", T1);
            LocalDateTime later = BASE.plusDays(100);
            update(src, 3, "Z", later);
            update(src, 4, "Z", later);
            TransferResult second = run(f, s, d, o, ReadWindow.after(first.watermarkMax()), "run-2", T2);
            assertEquals(expected(x -> true), dstRows(d));
            assertEquals(2, second.rowsRead());
            assertEquals(2, second.updated());
            assertEquals(0, second.inserted());
            assertEquals(List.of("3|2025-06-01T10:00|2025-06-02T10:00", "4|2025-06-01T10:00|2025-06-02T10:00"),
                    Rows.query(d, "SELECT id, __created_at, __updated_at FROM dst_orders WHERE status = 'Z' ORDER BY id"));
            TransferResult again = run(f, s, d, o, ReadWindow.after(first.watermarkMax()), "run-3", T2);
            assertEquals(expected(x -> true), dstRows(d));
            assertEquals(0, again.inserted());
        });
    }

    @ParameterizedTest(name = "{0} -> {1}, same database {2}, COPY {3}")
    @MethodSource("pairs")
    void mergeUpsert_existingTableWithoutUniqueKey_usesThePortableForm(Kind sk, Kind dk, boolean same, boolean copy)
            throws Exception {
        withDbs(sk, dk, same, copy, (src, s, d, o) -> {
            String ts = dk == Kind.MARIADB ? "DATETIME(6)" : "TIMESTAMP";
            try (var st = d.createStatement()) {
                st.execute("CREATE TABLE dst_orders (id BIGINT, status VARCHAR(10), amount DECIMAL(10, 2), updated_at "
                        + ts + ", __created_at " + ts + ", __updated_at " + ts + ", __updated_by VARCHAR(64),"
                        + " __dataflow_run_id VARCHAR(64))");
                st.execute("INSERT INTO dst_orders VALUES (3, 'old', 0, NULL, NULL, NULL, NULL, NULL), (99, 'keep', 1,"
                        + " NULL, NULL, NULL, NULL, NULL)");
            }
            d.commit();
            DataFlow f = Flows.flow().table(null, "src_orders").filter("id <= 5")
                    .destination("dst_orders", LoadType.MERGE_UPSERT, "id").build();
            TransferResult r = run(f, s, d, o, ReadWindow.all(), "run-1", T1);
            run(f, s, d, o, ReadWindow.all(), "run-2", T2);
            List<String> want = new ArrayList<>(expected(x -> x.id <= 5));
            want.add("99|keep|1");
            assertEquals(want, dstRows(d));
            assertEquals(1, r.updated());
            assertEquals(4, r.inserted());
        });
    }

    @ParameterizedTest(name = "{0} -> {1}, same database {2}, COPY {3}")
    @MethodSource("pairs")
    void mergeOverwrite_replayChunkTwice_deletesKeysThenAppends(Kind sk, Kind dk, boolean same, boolean copy) throws Exception {
        withDbs(sk, dk, same, copy, (src, s, d, o) -> {
            DataFlow f = Flows.flow().table(null, "src_orders")
                    .destination("dst_orders", LoadType.MERGE_OVERWRITE, "id").build();
            ReadWindow feb = ReadWindow.chunk("updated_at", ChunkInterval.of(LocalDateTime.of(2024, 2, 1, 0, 0),
                    LocalDateTime.of(2024, 3, 1, 0, 0)), null);
            run(f, s, d, o, feb, "run-1", T1);
            TransferResult r = run(f, s, d, o, feb, "run-2", T2);
            assertEquals(expected(x -> x.updatedAt.getMonthValue() == 2), dstRows(d));
            assertEquals(r.inserted(), r.deleted());
        });
    }

    @ParameterizedTest(name = "{0} -> {1}, same database {2}, COPY {3}")
    @MethodSource("pairs")
    void scd2_newVersion_closesOldAndIsIdempotent(Kind sk, Kind dk, boolean same, boolean copy) throws Exception {
        withDbs(sk, dk, same, copy, (src, s, d, o) -> {
            DataFlow f = Flows.flow().table(null, "src_orders").destination("dst_orders", LoadType.SCD2, "id")
                    .dstConf("scd2_effective_column", "updated_at").build();
            TransferResult first = run(f, s, d, o, ReadWindow.all(), "run-1", T1);
            LocalDateTime later = BASE.plusDays(100);
            update(src, 5, "Z", later);
            ReadWindow after = ReadWindow.after(first.watermarkMax());
            TransferResult second = run(f, s, d, o, after, "run-2", T2);
            run(f, s, d, o, after, "run-3", T2);
            assertEquals(1, second.updated());
            assertEquals(1, second.inserted());
            assertEquals(41, Rows.count(d, "SELECT COUNT(*) FROM dst_orders"));
            assertEquals(List.of("5|C|false|" + later, "5|Z|true|null"), Rows.query(d,
                    "SELECT id, status, __is_current, __valid_to FROM dst_orders WHERE id = 5 ORDER BY __valid_from"));
            assertEquals(40, Rows.count(d, "SELECT COUNT(*) FROM dst_orders WHERE __is_current = TRUE"));
        });
    }
}
