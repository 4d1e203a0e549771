package io.datacoolie.sql;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * A session-private temporary table shaped like the destination, where key-based strategies land the batch before
 * set-based statements apply it. Created once per session in a form that does not commit the open transaction.
 */
final class StageTable {
    private StageTable() {
    }

    static String prepare(Exec exec, DestinationTable t) throws SQLException {
        String name = t.dialect.quote("dc_stage_" + Integer.toHexString(t.qualified.hashCode() & 0x7fffffff));
        String ddl;
        switch (t.dialect) {
            case POSTGRES:
                ddl = "CREATE TEMPORARY TABLE IF NOT EXISTS " + name + " (LIKE " + t.qualified + ")";
                break;
            case H2:
                // TRANSACTIONAL: H2 would otherwise commit the caller's transaction on CREATE.
                ddl = "CREATE LOCAL TEMPORARY TABLE IF NOT EXISTS " + name + " TRANSACTIONAL AS SELECT * FROM "
                        + t.qualified + " WITH NO DATA";
                break;
            default:
                // A TEMPORARY table does not commit implicitly in MariaDB/MySQL; AS SELECT copies no unique keys.
                ddl = "CREATE TEMPORARY TABLE IF NOT EXISTS " + name + " AS SELECT * FROM " + t.qualified
                        + " WHERE 1 = 0";
                break;
        }
        try (Statement st = exec.connection().createStatement()) {
            st.execute(ddl);
        }
        exec.update("DELETE FROM " + name);
        return name;
    }
}
