package io.datacoolie.batch;

import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.Destination;
import io.datacoolie.api.LoadType;
import io.datacoolie.api.Source;
import io.datacoolie.testkit.TestDb;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Source and destination tables of orders in one test database, and dataflows over them. */
public final class Fixture {
    private Fixture() {
    }

    static Connection connection(TestDb db, String name) {
        return Connection.of(name, Map.of("url", db.url(), "username", db.user(), "password", db.password()));
    }

    /** Orders with one row per day of 2024-12-15 .. 2025-04-10 at 10:00 and 23:00, status alternating. */
    static void orders(TestDb db, String table) {
        orders(db, table, java.time.LocalDate.of(2024, 12, 15), java.time.LocalDate.of(2025, 4, 10));
    }

    /** Orders with one row per day in [from, to) at 00:00 and 23:00, status alternating. */
    static void orders(TestDb db, String table, java.time.LocalDate from, java.time.LocalDate to) {
        db.execute(ordersDdl(table, db.kind() == TestDb.Kind.MARIADB));
        db.execute(ordersInsert(table, from, to));
    }

    static String ordersDdl(String table, boolean maria) {
        String ts = maria ? "DATETIME(6)" : "TIMESTAMP";
        return "CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, updated_at " + ts + " NOT NULL,"
                + " status VARCHAR(10) NOT NULL, amount DECIMAL(10,2))";
    }

    static void insertOrders(java.sql.Connection c, String table, java.time.LocalDate from, java.time.LocalDate to)
            throws java.sql.SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(ordersInsert(table, from, to));
        }
    }

    static String ordersInsert(String table, java.time.LocalDate from, java.time.LocalDate to) {
        List<String> rows = new ArrayList<>();
        java.time.LocalDate d = from;
        long id = 1;
        while (d.isBefore(to)) {
            for (String hour : new String[] {"00:00:00", "23:00:00"}) {
                rows.add("(" + id + ", TIMESTAMP '" + d + " " + hour + "', '" + (id % 3 == 0 ? "DRAFT" : "active")
                        + "', " + id + ".50)");
                id++;
            }
            d = d.plusDays(1);
        }
        return "INSERT INTO " + table + " VALUES " + String.join(", ", rows);
    }

    static void target(TestDb db, String table) {
        db.execute(targetDdl(table, db.kind() == TestDb.Kind.MARIADB));
    }

    static String targetDdl(String table, boolean maria) {
        String ts = maria ? "DATETIME(6)" : "TIMESTAMP";
        return "CREATE TABLE " + table + " (id BIGINT, updated_at " + ts + ", status VARCHAR(10),"
                + " amount DECIMAL(10,2), __created_at " + ts + ", __updated_at " + ts + ","
                + " __updated_by VARCHAR(50), __dataflow_run_id VARCHAR(36))";
    }

    static DataFlow flow(String name, Connection src, String srcTable, Connection dst, String dstTable,
            String filter) {
        Source s = new Source(src, null, srcTable, null, List.of("updated_at"), filter, null, null);
        Destination d = new Destination(dst, null, dstTable, LoadType.APPEND, null, null, null);
        return new DataFlow(null, name, null, null, "bronze2silver", null, null, null, true, s, null, d, null);
    }

    public static List<List<Object>> rows(TestDb db, String sql) {
        List<List<Object>> out = new ArrayList<>();
        try (java.sql.Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> r = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    r.add(v instanceof java.math.BigDecimal ? ((java.math.BigDecimal) v).stripTrailingZeros()
                            : v instanceof java.sql.Timestamp ? ((java.sql.Timestamp) v).toLocalDateTime()
                            : v instanceof java.time.LocalDateTime ? v : v == null ? null : v.toString());
                }
                out.add(r);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return out;
    }
}
