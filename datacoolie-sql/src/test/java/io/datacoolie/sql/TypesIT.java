package io.datacoolie.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.LoadType;
import io.datacoolie.testkit.TestDb;
import io.datacoolie.testkit.TestDb.Kind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values of every mapped type survive a cross-database transfer into a table DataCoolie creates, including the
 * PostgreSQL COPY path (quotes, commas, newlines, backslashes, unicode, bytes, NULLs).
 */
class TypesIT {
    private static final String TRICKY = "a \"quoted\", comma\nnew line 'single' \\ back\\slash € 日本 \t tab";

    static Stream<Arguments> pairs() {
        return Stream.of(Arguments.of(Kind.H2, Kind.POSTGRES), Arguments.of(Kind.MARIADB, Kind.POSTGRES),
                Arguments.of(Kind.POSTGRES, Kind.MARIADB), Arguments.of(Kind.POSTGRES, Kind.H2),
                Arguments.of(Kind.H2, Kind.MARIADB), Arguments.of(Kind.MARIADB, Kind.H2));
    }

    private static String ddl(Dialect d) {
        String ts = d == Dialect.MARIADB ? "DATETIME(6)" : "TIMESTAMP";
        String bin = d == Dialect.POSTGRES ? "BYTEA" : "VARBINARY(16)";
        String big = d == Dialect.POSTGRES ? "TEXT" : d == Dialect.H2 ? "VARCHAR(100000)" : "LONGTEXT";
        String dbl = d == Dialect.MARIADB ? "DOUBLE" : "DOUBLE PRECISION";
        return "CREATE TABLE typed (id BIGINT PRIMARY KEY, i INTEGER, s SMALLINT, b BOOLEAN, n DECIMAL(12, 3),"
                + " f " + dbl + ", t VARCHAR(100), big " + big + ", dt DATE, tm TIME, ts " + ts + ", bin " + bin + ")"
                + (d == Dialect.MARIADB ? " CHARACTER SET utf8mb4" : "");
    }

    private static final List<Object[]> ROWS = List.of(
            new Object[] {1L, 42, (short) 7, true, new BigDecimal("12345.678"), 2.25, TRICKY, TRICKY.repeat(50),
                LocalDate.of(2024, 2, 29), LocalTime.of(23, 59, 58), LocalDateTime.of(2024, 3, 31, 2, 30, 15, 123456000),
                new byte[] {0, 1, (byte) 0xff, 0x22, 0x2c, 0x0a}},
            new Object[] {2L, null, null, null, null, null, null, null, null, null, null, null},
            new Object[] {3L, -1, (short) -2, false, new BigDecimal("-0.001"), -1.5, "", "plain", LocalDate.of(1999, 12,
                31), LocalTime.MIDNIGHT, LocalDateTime.of(2000, 1, 1, 0, 0), new byte[0]});

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("pairs")
    void everyType_roundTripsIntoACreatedTable(Kind sk, Kind dk) throws Exception {
        try (TestDb src = TestDb.open(sk); TestDb dst = TestDb.open(dk); Connection s = src.connect();
                Connection d = dst.connect()) {
            Dialect sd = Dialect.detect(s);
            s.createStatement().execute(ddl(sd));
            try (PreparedStatement ps = s.prepareStatement("INSERT INTO typed VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?)")) {
                for (Object[] r : ROWS) {
                    for (int i = 0; i < r.length; i++) {
                        ps.setObject(i + 1, r[i]);
                    }
                    ps.executeUpdate();
                }
            }
            DataFlow f = Flows.flow().table(null, "typed").watermarks("id").destination("typed_copy", LoadType.APPEND)
                    .build();
            ChunkTransfer t = new ChunkTransfer(DataflowSql.compile(f, TableSchema.read(s, null, "typed")
                    .orElseThrow(), sd, Dialect.detect(d)), TransferOptions.DEFAULTS);
            t.prepareDestination(s, d);
            d.setAutoCommit(false);
            TransferResult r = t.execute(s, d, ReadWindow.all(), "run", Instant.EPOCH);
            d.commit();
            assertEquals(3, r.rowsWritten());
            assertEquals(3L, r.watermarkMax().get("id"));
            String cols = "id, i, s, b, n, f, t, big, dt, tm, ts, bin";
            assertEquals(read(s, "SELECT " + cols + " FROM typed ORDER BY id"),
                    read(d, "SELECT " + cols + " FROM typed_copy ORDER BY id"));
        }
    }

    private static List<String> read(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.add(v == null ? "null" : v instanceof byte[] ? HexFormat.of().formatHex((byte[]) v)
                            : v instanceof BigDecimal ? ((BigDecimal) v).stripTrailingZeros().toPlainString()
                            : v instanceof Number ? String.valueOf(((Number) v).doubleValue())
                            : v instanceof java.sql.Timestamp ? ((java.sql.Timestamp) v).toLocalDateTime().toString()
                            : v instanceof java.sql.Time ? ((java.sql.Time) v).toLocalTime().toString()
                            : v instanceof java.sql.Date ? ((java.sql.Date) v).toLocalDate().toString()
                            : v.toString());
                }
                out.add(String.join(" | ", row));
            }
        }
        return out;
    }
}
