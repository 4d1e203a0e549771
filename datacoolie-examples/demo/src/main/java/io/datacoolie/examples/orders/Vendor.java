package io.datacoolie.examples.orders;

import java.util.Locale;

/** The databases the demo and the benchmarks generate data on, with the few SQL pieces that differ between them. */
public enum Vendor {
    /** Embedded H2 2.x. */
    H2,
    /** PostgreSQL. */
    POSTGRES,
    /** MariaDB (and MySQL). */
    MARIADB;

    /**
     * @param jdbcUrl a JDBC URL
     * @return the vendor the URL names
     * @throws IllegalArgumentException for other databases
     */
    public static Vendor fromUrl(String jdbcUrl) {
        String u = jdbcUrl.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return POSTGRES;
        }
        if (u.startsWith("jdbc:mariadb:") || u.startsWith("jdbc:mysql:")) {
            return MARIADB;
        }
        throw new IllegalArgumentException("Unsupported database URL '" + jdbcUrl
                + "'; the demo data generator knows H2, PostgreSQL and MariaDB.");
    }

    /**
     * A derived table with one BIGINT column {@code x} holding 1..rows, generated inside the database.
     *
     * @param rows how many
     * @return SQL for a FROM clause
     */
    String numbers(long rows) {
        switch (this) {
            case H2:
                return "(SELECT X AS x FROM SYSTEM_RANGE(1, " + rows + ")) n";
            case POSTGRES:
                return "(SELECT x FROM generate_series(1::bigint, " + rows + "::bigint) AS g(x)) n";
            default:
                // MariaDB's built-in SEQUENCE engine.
                return "(SELECT CAST(seq AS SIGNED) AS x FROM seq_1_to_" + rows + ") n";
        }
    }

    /**
     * @param millisExpr an integer expression
     * @return SQL for 2024-01-01T00:00 plus that many milliseconds
     */
    String yearStartPlusMillis(String millisExpr) {
        switch (this) {
            case H2:
                // DATEADD takes an INT count: add whole seconds, then the remaining milliseconds.
                return "DATEADD(MILLISECOND, MOD(" + millisExpr + ", 1000), DATEADD(SECOND, (" + millisExpr
                        + ") / 1000, TIMESTAMP '2024-01-01 00:00:00'))";
            case POSTGRES:
                return "(TIMESTAMP '2024-01-01 00:00:00' + (" + millisExpr + ") * INTERVAL '1 millisecond')";
            default:
                return "TIMESTAMPADD(MICROSECOND, (" + millisExpr + ") * 1000, TIMESTAMP '2024-01-01 00:00:00')";
        }
    }

    /**
     * @param dividend an integer expression
     * @param divisor an integer expression
     * @return SQL for the integer quotient, truncated
     */
    String intDiv(String dividend, String divisor) {
        return this == MARIADB ? "(" + dividend + ") DIV (" + divisor + ")" : "(" + dividend + ") / (" + divisor + ")";
    }

    /** @return the column type for timestamps with microseconds and no time zone */
    String timestampType() {
        return this == MARIADB ? "DATETIME(6)" : "TIMESTAMP(6)";
    }
}
