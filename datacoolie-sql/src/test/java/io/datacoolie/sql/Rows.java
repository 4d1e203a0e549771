package io.datacoolie.sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads query results as normalised strings, for comparing tables across databases. */
final class Rows {
    private Rows() {
    }

    static List<String> query(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof BigDecimal) {
                        v = ((BigDecimal) v).stripTrailingZeros().toPlainString();
                    } else if (v instanceof Number) {
                        v = ((Number) v).longValue();
                    } else if (v instanceof java.sql.Timestamp) {
                        v = ((java.sql.Timestamp) v).toLocalDateTime();
                    }
                    sb.append(i == 1 ? "" : "|").append(v);
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
