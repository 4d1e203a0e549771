package io.datacoolie.examples.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The physical limit of a same-database copy: one {@code INSERT INTO dst SELECT ... FROM src WHERE ...} over the
 * whole window, in one transaction, with no row passing through the JVM.
 */
public final class InsertSelectCopy {

    static final String COLUMNS = "order_id, customer_id, status, amount, currency, created_at, updated_at";

    private InsertSelectCopy() {
    }

    /**
     * @param c a connection to the database holding both tables
     * @param source the source table
     * @param destination the destination table, with the source's columns
     * @param window the range of {@code updated_at}
     * @return rows inserted
     * @throws SQLException when the statement fails
     */
    public static long copy(Connection c, String source, String destination, Window window) throws SQLException {
        String sql = "INSERT INTO " + destination + " (" + COLUMNS + ") SELECT " + COLUMNS + " FROM " + source
                + " WHERE updated_at >= ? AND updated_at < ?";
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, window.start());
            ps.setObject(2, window.end());
            long n = ps.executeLargeUpdate();
            c.commit();
            return n;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
