package io.datacoolie.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Runs bound statements and records them for the transfer result. */
final class Exec {
    private final Connection connection;
    private final List<BoundSql> log;

    Exec(Connection connection, List<BoundSql> log) {
        this.connection = connection;
        this.log = log;
    }

    long update(BoundSql s) throws SQLException {
        log.add(s);
        try (PreparedStatement ps = connection.prepareStatement(s.sql())) {
            bind(ps, s.binds());
            return ps.executeLargeUpdate();
        }
    }

    long update(String sql, Object... binds) throws SQLException {
        return update(new BoundSql(sql, List.of(binds)));
    }

    void record(BoundSql s) {
        log.add(s);
    }

    static void bind(PreparedStatement ps, List<Object> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            ps.setObject(i + 1, binds.get(i));
        }
    }

    Connection connection() {
        return connection;
    }
}
