package io.datacoolie.examples.orders;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Row count, distinct order count and amount sum of the orders in one calendar month of {@code updated_at}.
 *
 * @param month {@code yyyy-MM}, or {@code none} for rows whose {@code updated_at} is NULL
 * @param rows the number of rows
 * @param distinctOrders the number of distinct {@code order_id}s (less than rows when something was duplicated)
 * @param amount the sum of {@code amount} (NULLs ignored, zero when there are none)
 */
public record MonthTotals(String month, long rows, long distinctOrders, BigDecimal amount) {

    /** Normalises the sum's scale, so totals from different databases compare equal. */
    public MonthTotals {
        Objects.requireNonNull(month, "month");
        amount = (amount == null ? BigDecimal.ZERO : amount).setScale(2);
    }

    /**
     * @param table the table, as written in SQL
     * @param where a WHERE condition, or null for all rows
     * @return the grouping query this class reads
     */
    public static String sql(String table, String where) {
        return "SELECT EXTRACT(YEAR FROM updated_at) AS y, EXTRACT(MONTH FROM updated_at) AS m,"
                + " COUNT(*) AS n, COUNT(DISTINCT order_id) AS d, SUM(amount) AS s FROM " + table
                + (where == null ? "" : " WHERE " + where)
                + " GROUP BY EXTRACT(YEAR FROM updated_at), EXTRACT(MONTH FROM updated_at)";
    }

    /**
     * Runs {@link #sql(String, String)}.
     *
     * @param c the connection
     * @param table the table
     * @param where a WHERE condition, or null
     * @return the totals by month, in month order
     * @throws SQLException when the query fails
     */
    public static Map<String, MonthTotals> query(Connection c, String table, String where) throws SQLException {
        Map<String, MonthTotals> byMonth = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql(table, where))) {
            while (rs.next()) {
                Object y = rs.getObject(1);
                String month = y == null ? "none" : String.format("%04d-%02d", rs.getInt(1), rs.getInt(2));
                byMonth.put(month, new MonthTotals(month, rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5)));
            }
        }
        return byMonth;
    }
}
