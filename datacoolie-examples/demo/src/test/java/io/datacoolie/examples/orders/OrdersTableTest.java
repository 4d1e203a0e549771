package io.datacoolie.examples.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.testkit.TestDb;
import io.datacoolie.testkit.TestDb.Kind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrdersTableTest {

    private static final int ROWS = 20_000;

    @Test
    void generate_twice_givesTheSameRows() throws SQLException {
        assertEquals(fingerprint(Kind.H2), fingerprint(Kind.H2));
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRES", "MARIADB"})
    void generate_onServerDatabases_givesTheSameRowsAsH2(Kind kind) throws SQLException {
        assertEquals(fingerprint(Kind.H2), fingerprint(kind));
    }

    @Test
    void generate_spreadsBulkRowsOver2024_withLateUpdatesInJanuary2025() throws SQLException {
        try (TestDb db = TestDb.open(Kind.H2); Connection c = db.connect()) {
            new OrdersTable(Vendor.H2, "orders").createAndFill(c, ROWS);
            var months = MonthTotals.query(c, "orders", "order_id <= " + ROWS);
            assertEquals(13, months.size(), months.keySet().toString());
            for (int m = 1; m <= 12; m++) {
                MonthTotals t = months.get(String.format("2024-%02d", m));
                assertTrue(t.rows() > ROWS / 20, t.toString());
            }
            long late = months.get("2025-01").rows();
            assertTrue(late > 0 && late < ROWS * 4 / 100, "January 2025: " + late);
            assertEquals(0, count(c, "order_id <= " + ROWS + " AND (created_at < TIMESTAMP '2024-01-01 00:00:00'"
                    + " OR updated_at < created_at OR updated_at >= created_at + INTERVAL '14' DAY)"));
            assertEquals(ROWS / 9973, count(c, "order_id <= " + ROWS + " AND amount IS NULL"));
            assertEquals(ROWS / 10009, count(c, "order_id <= " + ROWS + " AND status IS NULL"));
        }
    }

    @Test
    void generate_appendsTheAwkwardRowsWithTheirExactValues() throws SQLException {
        try (TestDb db = TestDb.open(Kind.H2); Connection c = db.connect()) {
            long total = new OrdersTable(Vendor.H2, "orders").createAndFill(c, ROWS);
            assertEquals(ROWS + AwkwardRow.ALL.size(), total);
            assertEquals(total, count(c, "1 = 1"));
            assertEquals(1, count(c, "order_id > " + ROWS + " AND updated_at = TIMESTAMP '2024-02-01 00:00:00'"));
            assertEquals(1, count(c, "order_id > " + ROWS + " AND updated_at = TIMESTAMP '2025-01-01 00:00:00'"));
            assertEquals(1, count(c,
                    "order_id > " + ROWS + " AND updated_at = TIMESTAMP '2024-12-31 23:59:59.999999'"));
            assertEquals(1, count(c, "updated_at IS NULL"));
            assertEquals(1, count(c, "order_id > " + ROWS + " AND status IS NULL"));
            assertEquals(1, count(c, "order_id > " + ROWS + " AND amount IS NULL AND customer_id IS NULL"));
        }
    }

    static long count(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM orders WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Aggregates over every column, as text, so that two databases' rows can be compared. */
    private static List<String> fingerprint(Kind kind) throws SQLException {
        try (TestDb db = TestDb.open(kind); Connection c = db.connect()) {
            OrdersTable t = new OrdersTable(Vendor.fromUrl(db.url()), "orders");
            t.createAndFill(c, ROWS);
            List<String> out = new ArrayList<>();
            MonthTotals.query(c, "orders", null).values().forEach(m -> out.add(m.toString()));
            String sql = "SELECT SUM(customer_id), COUNT(status), SUM(CASE WHEN status = 'CANCELLED' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN currency = 'EUR' THEN 1 ELSE 0 END), MIN(created_at), MAX(created_at),"
                    + " MIN(updated_at), MAX(updated_at),"
                    + " SUM(CASE WHEN updated_at < TIMESTAMP '2024-07-01 12:34:56.789' THEN 1 ELSE 0 END) FROM orders";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                for (int i = 1; i <= 9; i++) {
                    Object v = rs.getObject(i);
                    out.add(v instanceof java.sql.Timestamp ts ? ts.toLocalDateTime().toString() : String.valueOf(rs.getLong(i)));
                }
            }
            return out;
        }
    }
}
