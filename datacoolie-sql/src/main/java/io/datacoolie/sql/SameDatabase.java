package io.datacoolie.sql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Objects;

/** Decides whether two connections reach the same database, so that one statement can read one and write the other. */
final class SameDatabase {
    private SameDatabase() {
    }

    static boolean test(Connection a, Connection b) throws SQLException {
        if (a == b) {
            return true;
        }
        DatabaseMetaData ma = a.getMetaData();
        DatabaseMetaData mb = b.getMetaData();
        return Objects.equals(base(ma.getURL()), base(mb.getURL())) && Objects.equals(ma.getUserName(),
                mb.getUserName());
    }

    /** The URL without its parameters (PostgreSQL currentSchema, MariaDB options) but with host and database. */
    private static String base(String url) {
        if (url == null) {
            return null;
        }
        int q = url.indexOf('?');
        String u = q < 0 ? url : url.substring(0, q);
        if (u.startsWith("jdbc:h2:")) {
            int semi = u.indexOf(';');
            return semi < 0 ? u : u.substring(0, semi);
        }
        if (u.startsWith("jdbc:mariadb:") || u.startsWith("jdbc:mysql:")) {
            // A MariaDB server answers queries across its databases: compare the server only.
            int slash = u.indexOf('/', u.indexOf("//") + 2);
            return slash < 0 ? u : u.substring(0, slash);
        }
        return u;
    }
}
