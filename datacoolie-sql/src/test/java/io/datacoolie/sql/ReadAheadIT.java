package io.datacoolie.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.LoadType;
import io.datacoolie.api.chunk.ChunkInterval;
import io.datacoolie.testkit.TestDb;
import io.datacoolie.testkit.TestDb.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Streaming across databases with the source read one batch ahead in a second thread: many small batches give the
 * same rows, counts and watermark maxima as one thread, and a failure on either side reaches the caller, stops the
 * reader thread and leaves both connections usable.
 */
class ReadAheadIT {
    private static final int ROWS = 1000;
    private static final int FETCH = 7; // 143 hand-overs for 1000 rows: the queue fills and drains many times
    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    private static final LocalDateTime BASE = LocalDateTime.of(2024, 1, 1, 0, 0);
    private static final ReadWindow YEAR = ReadWindow.chunk(null, ChunkInterval.of(LocalDate.of(2024, 1, 1),
            LocalDate.of(2025, 1, 1)), null);

    static Stream<Arguments> pairs() {
        return Stream.of(Arguments.of(Kind.POSTGRES, Kind.MARIADB), Arguments.of(Kind.H2, Kind.POSTGRES),
                Arguments.of(Kind.MARIADB, Kind.H2));
    }

    private static void seed(TestDb db) {
        // updated_at runs backwards against id, so the maximum is not simply the last row read
        db.execute("CREATE TABLE src (id BIGINT PRIMARY KEY, note VARCHAR(20), updated_at TIMESTAMP NULL)",
                "INSERT INTO src (id, note, updated_at) VALUES " + String.join(", ", Stream.iterate(1, i -> i + 1)
                        .limit(ROWS).map(i -> "(" + i + ", 'n" + i + "', TIMESTAMP '" + ts(BASE.plusHours(
                                3L * (ROWS - i) + (i == 400 ? 5000 : 0))) + "')").toList()));
    }

    private static String ts(LocalDateTime t) {
        return t.toString().replace('T', ' ') + (t.getSecond() == 0 ? ":00" : "");
    }

    private static TransferResult transfer(DataFlow f, Connection s, Connection d, TransferOptions o)
            throws SQLException {
        return transfer(f, s, d, o, YEAR);
    }

    private static TransferResult transfer(DataFlow f, Connection s, Connection d, TransferOptions o, ReadWindow w)
            throws SQLException {
        ChunkTransfer t = new ChunkTransfer(DataflowSql.compile(f, TableSchema.read(s, null, "src").orElseThrow(),
                Dialect.detect(s), Dialect.detect(d)), o);
        t.prepareDestination(s, d);
        d.commit();
        return t.execute(s, d, w, "run-1", NOW);
    }

    private static TransferOptions options(boolean readAhead) {
        return TransferOptions.DEFAULTS.withSameDatabase(false).withSizes(FETCH, 5).withReadAhead(readAhead);
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("datacoolie-read-") && t.isAlive());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("pairs")
    void manyBatches_sameRowsCountsAndMaxima_asOneThread(Kind sk, Kind dk) throws Exception {
        try (TestDb src = TestDb.open(sk); TestDb dst = TestDb.open(dk)) {
            seed(src);
            try (Connection s = src.connect(); Connection d = dst.connect()) {
                d.setAutoCommit(false);
                // the watermark copied to an output (a replay chunk), and dropped from the outputs (a full read): then
                // it is read as an extra column
                for (DataFlow f : List.of(Flows.flow().table(null, "src").destination("kept", LoadType.APPEND).build(),
                        Flows.flow().table(null, "src").drop("updated_at").destination("dropped", LoadType.APPEND)
                                .build())) {
                    String table = f.destination().table();
                    ReadWindow w = table.equals("kept") ? YEAR : ReadWindow.all();
                    TransferResult one = transfer(f, s, d, options(false), w);
                    List<String> single = Rows.query(d, "SELECT id, note FROM " + table + " ORDER BY id");
                    d.rollback();
                    TransferResult two = transfer(f, s, d, options(true), w);
                    d.commit();
                    assertEquals(single, Rows.query(d, "SELECT id, note FROM " + table + " ORDER BY id"), table);
                    assertEquals(Rows.query(s, "SELECT id, note FROM src ORDER BY id"), single, table);
                    assertEquals(ROWS, two.rowsRead(), table);
                    assertEquals(ROWS, two.rowsWritten(), table);
                    assertEquals(Map.of("updated_at", BASE.plusHours(3L * (ROWS - 400) + 5000)), two.watermarkMax(),
                            table);
                    assertEquals(one.watermarkMax(), two.watermarkMax(), table);
                    assertEquals(one.rowsRead(), two.rowsRead(), table);
                }
                assertFalse(readerAlive(), "the reader thread ended with the transfer");
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("pairs")
    void destinationFailsMidStream_errorReachesCaller_readerStops_connectionsUsable(Kind sk, Kind dk)
            throws Exception {
        try (TestDb src = TestDb.open(sk); TestDb dst = TestDb.open(dk)) {
            seed(src);
            // row 700 arrives in the hundredth batch, long after the reader started running ahead
            dst.execute("CREATE TABLE bad (id BIGINT, note VARCHAR(20), updated_at TIMESTAMP NULL, __created_at"
                    + " TIMESTAMP NULL, __updated_at TIMESTAMP NULL, __updated_by VARCHAR(64), __dataflow_run_id"
                    + " VARCHAR(64), CONSTRAINT no_700 CHECK (id <> 700))");
            try (Connection s = src.connect(); Connection d = dst.connect()) {
                d.setAutoCommit(false);
                DataFlow f = Flows.flow().table(null, "src").destination("bad", LoadType.APPEND).build();
                SQLException e = assertThrows(SQLException.class, () -> transfer(f, s, d, options(true).withCopy(
                        false)));
                d.rollback();
                assertTrue(String.valueOf(e.getMessage()).toLowerCase().contains("no_700")
                        || String.valueOf(e.getMessage()).toLowerCase().contains("check"), e.getMessage());
                assertFalse(readerAlive(), "the reader thread stopped when the writer failed");
                assertEquals(0, Rows.count(d, "SELECT COUNT(*) FROM bad"));
                assertEquals(ROWS, Rows.count(s, "SELECT COUNT(*) FROM src"), "the source connection is usable");
            }
        }
    }

    /** MariaDB's division by zero gives NULL, not an error, so its source cannot fail this way. */
    static Stream<Arguments> failingSources() {
        return Stream.of(Arguments.of(Kind.POSTGRES, Kind.MARIADB), Arguments.of(Kind.H2, Kind.POSTGRES));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("failingSources")
    void sourceFailsMidStream_errorReachesCaller_nothingKept(Kind sk, Kind dk) throws Exception {
        try (TestDb src = TestDb.open(sk); TestDb dst = TestDb.open(dk)) {
            seed(src);
            try (Connection s = src.connect(); Connection d = dst.connect()) {
                d.setAutoCommit(false);
                // evaluated row by row as the cursor advances: fails at id 700, after rows were already written
                DataFlow f = Flows.flow().table(null, "src").add("ratio", "100 / (id - 700)")
                        .destination("ratio_dst", LoadType.APPEND).build();
                SQLException e = assertThrows(SQLException.class, () -> transfer(f, s, d, options(true)));
                d.rollback();
                assertTrue(String.valueOf(e.getMessage()).toLowerCase().contains("zero"), e.getMessage());
                assertFalse(readerAlive(), "the reader thread ended");
                assertEquals(0, Rows.count(d, "SELECT COUNT(*) FROM ratio_dst"));
                assertEquals(ROWS, Rows.count(s, "SELECT COUNT(*) FROM src"), "the source connection is usable");
            }
        }
    }
}
