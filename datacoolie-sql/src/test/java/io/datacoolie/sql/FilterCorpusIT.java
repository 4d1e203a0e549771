package io.datacoolie.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.testkit.TestDb;
import io.datacoolie.testkit.TestDb.Kind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A corpus of realistic filter expressions, each rendered for and executed on H2, PostgreSQL and MariaDB; the
 * selected ids must equal the ids a Java predicate selects from the same seeded rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilterCorpusIT {

    /** One seeded row, kept in Java. */
    record Row(int id, String status, BigDecimal amount, Integer qty, LocalDate created, LocalDateTime updatedAt,
            String customer, int order, String value, boolean active, String note, String code, String padded) {
    }

    record Case(String expression, Predicate<Row> expected) {
        @Override
        public String toString() {
            return expression;
        }
    }

    static final List<Row> ROWS = IntStream.rangeClosed(1, 30).mapToObj(i -> new Row(i,
            new String[] {"A", "B", "C"}[i % 3],
            BigDecimal.valueOf(i).add(new BigDecimal(i % 2 == 0 ? "0.25" : "0.75")),
            i == 13 ? null : i,
            i == 7 ? null : LocalDate.of(2023, 11, 1).plusDays(i * 7L),
            LocalDateTime.of(2024, 1, 1, 0, 0).plusDays(i * 5L).plusHours(i),
            i % 5 == 0 ? "Zoë" : "Cust" + i,
            i,
            "v" + i % 4,
            i % 2 == 0,
            i % 6 == 0 ? "日本語" : i % 4 == 0 ? "abz" : "ab" + i,
            i % 8 == 0 ? null : "x" + i % 3,
            i % 3 == 0 ? "  p  " : "q")).collect(Collectors.toList());

    private static boolean q(Row r, Predicate<Integer> p) {
        return r.qty() != null && p.test(r.qty());
    }

    private static boolean created(Row r, Predicate<LocalDate> p) {
        return r.created() != null && p.test(r.created());
    }

    static final List<Case> CASES = List.of(
            new Case("status = 'A'", r -> r.status().equals("A")),
            new Case("status <> 'A'", r -> !r.status().equals("A")),
            new Case("status IN ('A', 'B')", r -> !r.status().equals("C")),
            new Case("status NOT IN ('A', 'B')", r -> r.status().equals("C")),
            new Case("amount BETWEEN 10 AND 20", r -> r.amount().compareTo(BigDecimal.TEN) >= 0
                    && r.amount().compareTo(BigDecimal.valueOf(20)) <= 0),
            new Case("amount NOT BETWEEN 10 AND 20", r -> r.amount().compareTo(BigDecimal.TEN) < 0
                    || r.amount().compareTo(BigDecimal.valueOf(20)) > 0),
            new Case("qty > 5 AND qty <= 12", r -> q(r, x -> x > 5 && x <= 12)),
            new Case("qty < 3 OR qty > 25", r -> q(r, x -> x < 3 || x > 25)),
            new Case("NOT (qty = 4)", r -> q(r, x -> x != 4)),
            new Case("note LIKE 'ab%'", r -> r.note().startsWith("ab")),
            new Case("note NOT LIKE '%z'", r -> !r.note().endsWith("z")),
            new Case("code LIKE 'x!_%' ESCAPE '!' OR code LIKE 'x1%'", r -> r.code() != null
                    && r.code().startsWith("x1")),
            new Case("CASE WHEN qty > 10 THEN 'big' ELSE 'small' END = 'big'", r -> q(r, x -> x > 10)),
            new Case("CASE status WHEN 'A' THEN 1 WHEN 'B' THEN 2 ELSE 3 END = 2", r -> r.status().equals("B")),
            new Case("CAST(qty AS VARCHAR(10)) = '7'", r -> q(r, x -> x == 7)),
            new Case("CAST(amount AS INTEGER) = 15", r -> Math.round(r.amount().doubleValue()) == 15),
            new Case("EXTRACT(YEAR FROM created) = 2024", r -> created(r, d -> d.getYear() == 2024)),
            new Case("EXTRACT(MONTH FROM updated_at) BETWEEN 3 AND 5", r -> r.updatedAt().getMonthValue() >= 3
                    && r.updatedAt().getMonthValue() <= 5),
            new Case("status || '-' || code = 'A-x0'", r -> r.status().equals("A") && "x0".equals(r.code())),
            new Case("active = TRUE", Row::active),
            new Case("NOT active", r -> !r.active()),
            new Case("active IS FALSE AND qty > 20", r -> !r.active() && q(r, x -> x > 20)),
            new Case("created >= DATE '2024-03-01'", r -> created(r, d -> !d.isBefore(LocalDate.of(2024, 3, 1)))),
            new Case("updated_at < TIMESTAMP '2024-02-15 12:00:00'", r -> r.updatedAt()
                    .isBefore(LocalDateTime.of(2024, 2, 15, 12, 0))),
            new Case("created < CURRENT_DATE", r -> r.created() != null),
            new Case("updated_at > CURRENT_TIMESTAMP - INTERVAL '20000' DAY", r -> true),
            new Case("created + INTERVAL '1' MONTH > DATE '2024-04-01'", r -> created(r,
                    d -> d.plusMonths(1).isAfter(LocalDate.of(2024, 4, 1)))),
            new Case("\"Customer Name\" = 'Zoë'", r -> r.customer().equals("Zoë")),
            new Case("\"order\" >= 20", r -> r.order() >= 20),
            new Case("\"value\" = 'v3'", r -> r.value().equals("v3")),
            new Case("note = '日本語'", r -> r.note().equals("日本語")),
            new Case("COALESCE(code, 'none') = 'none'", r -> r.code() == null),
            new Case("code IS NULL OR qty IS NULL", r -> r.code() == null || r.qty() == null),
            new Case("UPPER(note) LIKE 'AB%' AND LOWER(status) = 'b'", r -> r.note().startsWith("ab")
                    && r.status().equals("B")),
            new Case("CHAR_LENGTH(note) = 3", r -> r.note().codePointCount(0, r.note().length()) == 3),
            new Case("ABS(qty - 10) < 3", r -> q(r, x -> Math.abs(x - 10) < 3)),
            new Case("MOD(qty, 2) = 0 AND qty % 3 = 0", r -> q(r, x -> x % 6 == 0)),
            new Case("SUBSTRING(code FROM 2 FOR 1) = '2'", r -> "x2".equals(r.code())),
            new Case("TRIM(BOTH ' ' FROM padded) = 'p'", r -> r.padded().trim().equals("p")),
            new Case("amount * 2 > qty + 10", r -> q(r, x -> r.amount().doubleValue() * 2 > x + 10)),
            new Case("(status = 'A' OR status = 'B') AND qty > 10", r -> !r.status().equals("C") && q(r, x -> x > 10)),
            new Case("status = 'A' OR status = 'B' AND qty > 10", r -> r.status().equals("A")
                    || r.status().equals("B") && q(r, x -> x > 10)),
            new Case("qty IS DISTINCT FROM 5", r -> !Objects.equals(r.qty(), 5)),
            new Case("ROUND(amount, 0) = 16", r -> Math.round(r.amount().doubleValue()) == 16),
            new Case("GREATEST(\"order\", 10) = 10 AND -\"order\" < -5", r -> r.order() <= 10 && r.order() > 5),
            new Case("POSITION('b' IN note) = 2", r -> r.note().indexOf('b') == 1));

    private final List<TestDb> dbs = new ArrayList<>();

    @AfterAll
    void drop() {
        dbs.forEach(TestDb::close);
    }

    @BeforeAll
    void checkCorpusSize() {
        assertTrue(CASES.size() >= 30, "corpus has " + CASES.size());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyExpression_selectsTheExpectedRows(Kind kind) throws Exception {
        TestDb db = TestDb.open(kind);
        dbs.add(db);
        try (Connection c = db.connect()) {
            Dialect d = Dialect.detect(c);
            seed(c, d);
            TableSchema schema = TableSchema.read(c, null, "corpus").orElseThrow();
            List<String> failures = new ArrayList<>();
            for (Case k : CASES) {
                BoundSql sql = DataflowSql.compile(Flows.flow().table(null, "corpus").watermarks().filter(k.expression())
                        .select("id").build(), schema, d, d).read(ReadWindow.all());
                List<Integer> want = ROWS.stream().filter(k.expected()).map(Row::id).collect(Collectors.toList());
                List<Integer> got = ids(c, sql);
                if (!want.equals(got)) {
                    failures.add(k + "\n  sql:  " + sql.sql() + "\n  want: " + want + "\n  got:  " + got);
                }
            }
            assertEquals("", String.join("\n", failures), kind + ": " + failures.size() + " of " + CASES.size()
                    + " expressions selected other rows");
        }
    }

    private static List<Integer> ids(Connection c, BoundSql sql) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.sql() + " ORDER BY 1"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }

    private static void seed(Connection c, Dialect d) throws SQLException {
        String ts = d == Dialect.MARIADB ? "DATETIME(6)" : "TIMESTAMP";
        try (var st = c.createStatement()) {
            st.execute("CREATE TABLE corpus (id INTEGER PRIMARY KEY, status VARCHAR(10), amount DECIMAL(10, 2),"
                    + " qty INTEGER, created DATE, updated_at " + ts + ", " + d.quote("Customer Name")
                    + " VARCHAR(50), " + d.quote("order") + " INTEGER, " + d.quote("value") + " VARCHAR(20),"
                    + " active BOOLEAN, note VARCHAR(50), code VARCHAR(10), padded VARCHAR(10))"
                    + (d == Dialect.MARIADB ? " CHARACTER SET utf8mb4" : ""));
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO corpus VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)")) {
            for (Row r : ROWS) {
                Object[] v = {r.id(), r.status(), r.amount(), r.qty(), r.created(), r.updatedAt(), r.customer(),
                    r.order(), r.value(), r.active(), r.note(), r.code(), r.padded()};
                for (int i = 0; i < v.length; i++) {
                    ps.setObject(i + 1, v[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
