package io.datacoolie.batch.exec;

import io.datacoolie.api.Connection;
import io.datacoolie.api.InvalidDataflowException;
import java.util.List;
import java.util.Map;

/**
 * URL and credentials of a metadata connection. Secrets listed under {@code secrets_ref.env} are read from the
 * environment variables their configure values name.
 *
 * @param url the JDBC URL
 * @param user the user, may be null
 * @param password the password, may be null
 */
record JdbcTarget(String url, String user, String password) {

    static JdbcTarget resolve(Connection c) {
        String url = value(c, "url");
        if (url == null) {
            String type = c.configString("database_type");
            String host = value(c, "host");
            String db = c.database() != null ? c.database() : value(c, "database");
            if (type == null || host == null) {
                throw new InvalidDataflowException("Connection '" + c.name() + "': configure.url is missing and so"
                        + " are database_type/host. Set configure.url to a JDBC URL, e.g. 'jdbc:h2:file:./data/db'.");
            }
            String port = value(c, "port");
            String scheme = type.equalsIgnoreCase("postgresql") ? "postgresql" : type.toLowerCase();
            url = "jdbc:" + scheme + "://" + host + (port == null ? "" : ":" + port) + "/" + (db == null ? "" : db);
        }
        return new JdbcTarget(url, value(c, "username"), value(c, "password"));
    }

    private static String value(Connection c, String key) {
        String raw = c.configString(key);
        if (raw == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : c.secretsRef().entrySet()) {
            if (e.getKey().startsWith("env") && e.getValue().contains(key)) {
                String v = System.getenv(raw);
                if (v == null) {
                    throw new InvalidDataflowException("Connection '" + c.name() + "': configure." + key
                            + " names the environment variable '" + raw + "', which is not set. Export it.");
                }
                return v;
            }
        }
        return raw;
    }

    String safeUrl() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
