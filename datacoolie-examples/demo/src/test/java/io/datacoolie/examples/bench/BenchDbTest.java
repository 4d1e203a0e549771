package io.datacoolie.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.datacoolie.testkit.TestDb;
import io.datacoolie.testkit.TestDb.Kind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A benchmark destination is emptied between runs and ends with exactly one index on updated_at. */
class BenchDbTest {

    private static int updatedAtIndexes(Connection c, TestDb db, String table) throws Exception {
        boolean maria = db.kind() == Kind.MARIADB;
        String t = db.kind() == Kind.H2 ? table.toUpperCase(Locale.ROOT) : table;
        int n = 0;
        try (ResultSet rs = c.getMetaData().getIndexInfo(maria ? db.schema() : null, maria ? null : db.schema(), t,
                false, false)) {
            while (rs.next()) {
                if ("updated_at".equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                    n++;
                }
            }
        }
        return n;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void resetDestination_emptiesAndKeepsOneUpdatedAtIndex(Kind kind) throws Exception {
        try (TestDb db = TestDb.open(kind); Connection c = db.connect()) {
            BenchDb bench = BenchDb.existing(db.schema(), db.url(), db.user());
            db.execute("CREATE TABLE own (id BIGINT, updated_at TIMESTAMP NULL)",
                    "CREATE INDEX ix_own_updated_at ON own (updated_at)", "INSERT INTO own VALUES (1, NULL)",
                    "CREATE TABLE bare (id BIGINT, updated_at TIMESTAMP NULL)", "INSERT INTO bare VALUES (1, NULL)");
            for (int round = 0; round < 2; round++) {
                bench.resetDestination("own");
                bench.resetDestination("bare");
                assertEquals(1, updatedAtIndexes(c, db, "own"), "an existing index is not duplicated");
                assertEquals(1, updatedAtIndexes(c, db, "bare"), "a missing index is created once");
            }
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT (SELECT COUNT(*) FROM own) + (SELECT COUNT(*) FROM bare)")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
        }
    }
}
