package io.datacoolie.examples.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Objects;

/**
 * A realistic {@code orders} source table for 2024, generated inside the database by one INSERT ... SELECT over a
 * number series, so that a million rows take seconds rather than minutes of JDBC batches.
 *
 * <p>Every column is a deterministic function of {@code order_id}, using integer arithmetic only, so the same row
 * count gives the same rows on H2, PostgreSQL and MariaDB. {@code created_at} grows with {@code order_id} over 2024;
 * {@code updated_at} follows it by a pseudo-random delay of up to two weeks, with millisecond precision, so a few
 * percent fall in January 2025. After the bulk rows come the {@link AwkwardRow}s.
 */
public final class OrdersTable {

    /** Milliseconds in the leap year 2024. */
    static final long YEAR_MILLIS = 366L * 86_400_000L;

    /** The longest time between an order's creation and its last update: two weeks. */
    static final long UPDATE_DELAY_MILLIS = 14L * 86_400_000L;

    private static final String COLUMNS = "order_id, customer_id, status, amount, currency, created_at, updated_at";

    private final Vendor vendor;
    private final String table;

    /**
     * @param vendor the database kind
     * @param table the table name, optionally schema-qualified, as it is written in SQL
     */
    public OrdersTable(Vendor vendor, String table) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        this.table = Objects.requireNonNull(table, "table");
    }

    /** @return the table name as written in SQL */
    public String table() {
        return table;
    }

    /** @return the CREATE TABLE statement */
    public String createSql() {
        return createSql(false);
    }

    /**
     * @param systemColumns also the four columns DataCoolie writes into every destination row ({@code __created_at,
     *     __updated_at, __updated_by, __dataflow_run_id}), typed as DataCoolie creates them
     * @return the CREATE TABLE statement
     */
    public String createSql(boolean systemColumns) {
        String ts = vendor.timestampType();
        return "CREATE TABLE " + table + " (order_id BIGINT NOT NULL PRIMARY KEY, customer_id INTEGER,"
                + " status VARCHAR(16), amount DECIMAL(12,2), currency CHAR(3), created_at " + ts + ","
                + " updated_at " + ts + (systemColumns ? ", __created_at " + ts + ", __updated_at " + ts
                + ", __updated_by VARCHAR(64), __dataflow_run_id VARCHAR(64)" : "") + ")";
    }

    /**
     * @param rows the number of bulk rows, {@code order_id} 1..rows
     * @return the INSERT ... SELECT that generates them
     */
    public String generateSql(long rows) {
        return "INSERT INTO " + table + " (" + COLUMNS + ") " + selectSql(rows);
    }

    /**
     * @param rows the number of bulk rows
     * @return the SELECT that computes them, with the table's column names
     */
    String selectSql(long rows) {
        // created_at grows with order_id, evenly over 2024, as in a real order table; updated_at follows it by up
        // to two weeks, so late-December orders were last updated in January 2025, outside the replayed year.
        String created = "(" + vendor.intDiv("x * " + YEAR_MILLIS, String.valueOf(rows + 1)) + ")";
        String updated = created + " + MOD(x * 2654435761, " + UPDATE_DELAY_MILLIS + ")";
        return "SELECT x AS order_id,"
                + " CASE WHEN MOD(x, 10007) = 0 THEN NULL ELSE MOD(x * 7919, 50000) + 1 END AS customer_id,"
                + " CASE WHEN MOD(x, 10009) = 0 THEN NULL"
                + "  WHEN r < 55 THEN 'DELIVERED' WHEN r < 75 THEN 'SHIPPED' WHEN r < 88 THEN 'PENDING'"
                + "  WHEN r < 96 THEN 'CANCELLED' ELSE 'RETURNED' END AS status,"
                + " CASE WHEN MOD(x, 9973) = 0 THEN NULL"
                + "  ELSE CAST(MOD(x * 7368787, 99991) + 1 AS DECIMAL(12,2)) / 100 END AS amount,"
                + " CASE MOD(x * 31, 10) WHEN 0 THEN 'EUR' WHEN 1 THEN 'GBP' ELSE 'USD' END AS currency,"
                + " " + vendor.yearStartPlusMillis(created) + " AS created_at,"
                + " " + vendor.yearStartPlusMillis(updated) + " AS updated_at"
                + " FROM (SELECT x, MOD(x * 48271, 100) AS r FROM " + vendor.numbers(rows) + ") g";
    }

    /**
     * Creates the table, generates {@code rows} bulk rows plus the awkward rows, indexes {@code updated_at} and
     * commits.
     *
     * @param c a connection to the database
     * @param rows the number of bulk rows
     * @return the total number of rows in the table
     * @throws SQLException when the database refuses
     */
    public long createAndFill(Connection c, long rows) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute(createSql());
            if (rows > 0) {
                s.executeUpdate(generateSql(rows));
            }
            insertAwkwardRows(c, rows + 1);
            // Indexed after the bulk load: building it once is much faster than maintaining it row by row.
            s.execute("CREATE INDEX " + indexName() + " ON " + table + " (updated_at)");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return rows + AwkwardRow.ALL.size();
    }

    private String indexName() {
        String bare = table.substring(table.lastIndexOf('.') + 1).replace("\"", "").replace("`", "");
        return bare + "_updated_at_ix";
    }

    private void insertAwkwardRows(Connection c, long firstId) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            long id = firstId;
            for (AwkwardRow r : AwkwardRow.ALL) {
                ps.setLong(1, id++);
                if (r.customerId() == null) {
                    ps.setNull(2, Types.INTEGER);
                } else {
                    ps.setInt(2, r.customerId());
                }
                ps.setString(3, r.status());
                ps.setBigDecimal(4, r.amount());
                ps.setString(5, "USD");
                Timestamp upd = r.updatedAt() == null ? null : Timestamp.valueOf(r.updatedAt());
                ps.setTimestamp(6, upd);
                ps.setTimestamp(7, upd);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
