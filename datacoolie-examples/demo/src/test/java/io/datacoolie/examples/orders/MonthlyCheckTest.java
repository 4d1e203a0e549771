package io.datacoolie.examples.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.testkit.TestDb;
import io.datacoolie.testkit.TestDb.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MonthlyCheckTest {

    private static final String RANGE = "updated_at >= TIMESTAMP '2024-01-01 00:00:00'"
            + " AND updated_at < TIMESTAMP '2025-01-01 00:00:00'";
    private static final String FILTER = RANGE + " AND (status <> 'CANCELLED')";

    private TestDb db;
    private Connection c;

    @BeforeEach
    void copyTheRangeLikeAReplayWould() throws SQLException {
        db = TestDb.open(Kind.H2);
        c = db.connect();
        new OrdersTable(Vendor.H2, "orders").createAndFill(c, 5_000);
        try (Statement s = c.createStatement()) {
            // No primary key, so that a duplicated order can be staged.
            s.execute("CREATE TABLE dst AS SELECT * FROM orders WHERE " + FILTER);
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
        db.close();
    }

    private MonthlyCheck check() throws SQLException {
        return MonthlyCheck.compare(MonthTotals.query(c, "orders", FILTER), MonthTotals.query(c, "dst", null));
    }

    @Test
    void check_faithfulCopy_passesForAllTwelveMonths() throws SQLException {
        MonthlyCheck check = check();
        assertTrue(check.passed(), check.render());
        assertEquals(12, check.lines().size());
        assertTrue(check.render().endsWith("PASS: 12 of 12 months agree"), check.render());
    }

    @Test
    void check_boundaryRowMissing_failsOnItsMonth() throws SQLException {
        exec("DELETE FROM dst WHERE updated_at = TIMESTAMP '2024-02-01 00:00:00'");
        MonthlyCheck check = check();
        assertFalse(check.passed());
        assertEquals("2024-02", check.mismatches().get(0).month());
        assertEquals(1, check.mismatches().size());
        assertTrue(check.render().endsWith("FAIL: 11 of 12 months agree"), check.render());
    }

    @Test
    void check_oneAmountChanged_fails() throws SQLException {
        exec("UPDATE dst SET amount = amount + 0.01 WHERE order_id = (SELECT MIN(order_id) FROM dst"
                + " WHERE amount IS NOT NULL AND updated_at >= TIMESTAMP '2024-05-01 00:00:00'"
                + " AND updated_at < TIMESTAMP '2024-06-01 00:00:00')");
        MonthlyCheck check = check();
        assertEquals(1, check.mismatches().size());
        assertEquals("2024-05", check.mismatches().get(0).month());
    }

    @Test
    void check_duplicatedOrderWithTheSameCount_fails() throws SQLException {
        // Keep March's row count: delete one row and duplicate another, whose amount is then also off.
        String march = "(SELECT %s(order_id) FROM dst WHERE updated_at >= TIMESTAMP '2024-03-01 00:00:00'"
                + " AND updated_at < TIMESTAMP '2024-04-01 00:00:00')";
        exec("DELETE FROM dst WHERE order_id = " + march.formatted("MAX"),
                "INSERT INTO dst SELECT * FROM dst WHERE order_id = " + march.formatted("MIN"));
        MonthlyCheck check = check();
        assertFalse(check.passed());
        assertTrue(check.render().contains("(duplicated orders)"), check.render());
    }

    @Test
    void check_rowOutsideTheRange_fails() throws SQLException {
        exec("INSERT INTO dst SELECT * FROM orders WHERE updated_at = TIMESTAMP '2025-01-01 00:00:00'");
        MonthlyCheck check = check();
        assertEquals("2025-01", check.mismatches().get(0).month());
        assertEquals(0, check.mismatches().get(0).expected().rows());
    }

    private void exec(String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }
}
