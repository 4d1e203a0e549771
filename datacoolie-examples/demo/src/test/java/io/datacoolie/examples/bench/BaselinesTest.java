package io.datacoolie.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.examples.orders.MonthTotals;
import io.datacoolie.examples.orders.MonthlyCheck;
import io.datacoolie.examples.orders.OrdersTable;
import io.datacoolie.examples.orders.Vendor;
import io.datacoolie.testkit.TestDb;
import io.datacoolie.testkit.TestDb.Kind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The baselines must copy exactly the window, or the ratios mean nothing. */
class BaselinesTest {

    private static final String WINDOW = "updated_at >= TIMESTAMP '2024-01-01 00:00:00'"
            + " AND updated_at < TIMESTAMP '2025-01-01 00:00:00'";

    @Test
    void insertSelect_copiesExactlyTheWindow() throws SQLException {
        try (TestDb db = TestDb.open(Kind.H2); Connection c = db.connect()) {
            new OrdersTable(Vendor.H2, "orders").createAndFill(c, 3_000);
            db.execute(new OrdersTable(Vendor.H2, "dst").createSql());
            long n = InsertSelectCopy.copy(c, "orders", "dst", Window.YEAR_2024);
            MonthlyCheck check = MonthlyCheck.compare(MonthTotals.query(c, "orders", WINDOW),
                    MonthTotals.query(c, "dst", null));
            assertTrue(check.passed(), check.render());
            assertEquals(check.actualRows(), n);
        }
    }

    @Test
    void streamingCopy_postgresToMariaDb_copiesExactlyTheWindow() throws SQLException {
        try (TestDb pg = TestDb.open(Kind.POSTGRES); TestDb maria = TestDb.open(Kind.MARIADB);
                Connection src = pg.connect(); Connection dst = maria.connect()) {
            new OrdersTable(Vendor.POSTGRES, "orders").createAndFill(src, 25_000);
            maria.execute(new OrdersTable(Vendor.MARIADB, "dst").createSql());
            long n = JdbcStreamingCopy.copy(src, "orders", dst, "dst", Window.YEAR_2024);
            MonthlyCheck check = MonthlyCheck.compare(MonthTotals.query(src, "orders", WINDOW),
                    MonthTotals.query(dst, "dst", null));
            assertTrue(check.passed(), check.render());
            assertEquals(check.actualRows(), n);
            assertTrue(n > 2 * JdbcStreamingCopy.BATCH, "several batches: " + n);
        }
    }

    @Test
    void streamingCopy_withSystemColumns_writesWhatDataCoolieAddsToEveryRow() throws SQLException {
        try (TestDb pg = TestDb.open(Kind.POSTGRES); TestDb maria = TestDb.open(Kind.MARIADB);
                Connection src = pg.connect(); Connection dst = maria.connect()) {
            new OrdersTable(Vendor.POSTGRES, "orders").createAndFill(src, 12_000);
            maria.execute(new OrdersTable(Vendor.MARIADB, "dst").createSql(true));
            long n = JdbcStreamingCopy.copy(src, "orders", dst, "dst", Window.YEAR_2024, true);
            MonthlyCheck check = MonthlyCheck.compare(MonthTotals.query(src, "orders", WINDOW),
                    MonthTotals.query(dst, "dst", null));
            assertTrue(check.passed(), check.render());
            try (Statement s = dst.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*),"
                    + " COUNT(DISTINCT __created_at), MIN(__created_at = __updated_at), MIN(__updated_by),"
                    + " COUNT(DISTINCT __dataflow_run_id), MIN(LENGTH(__dataflow_run_id)) FROM dst")) {
                rs.next();
                assertEquals(n, rs.getLong(1));
                assertEquals(1, rs.getLong(2), "one timestamp for the whole copy");
                assertEquals(1, rs.getInt(3), "__created_at = __updated_at");
                assertEquals("DataCoolie", rs.getString(4));
                assertEquals(1, rs.getLong(5));
                assertEquals(36, rs.getInt(6), "a UUID");
            }
        }
    }
}
