package io.datacoolie.metadata;

import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.UnsupportedDialectException;
import java.util.Map;

/** Builds a JDBC URL from {@code host}, {@code port} and {@code database} for the databases this edition renders. */
final class UrlBuilder {
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("postgresql", 5432, "mysql", 3306,
            "mariadb", 3306, "h2", 9092);

    private UrlBuilder() {
    }

    static String build(String who, String type, Map<String, String> values) {
        String database = values.get("database");
        String host = values.get("host");
        switch (type) {
            case "postgresql":
            case "mysql":
            case "mariadb":
                return "jdbc:" + type + "://" + require(who, type, "host", host) + ":" + port(who, type, values)
                        + "/" + require(who, type, "database", database);
            case "h2":
                require(who, type, "database", database);
                // No host: an embedded database, e.g. './data/demo' (file) or 'mem:demo'.
                return host == null || host.isBlank() ? "jdbc:h2:" + database
                        : "jdbc:h2:tcp://" + host + ":" + port(who, type, values) + "/" + database;
            default:
                throw new UnsupportedDialectException(who + ": this JDBC edition cannot build a URL for database_type '"
                        + type + "' from host, port and database. Set configure.url to a full JDBC URL, e.g. "
                        + example(type) + ".");
        }
    }

    private static String example(String type) {
        switch (type) {
            case "mssql":
                return "'jdbc:sqlserver://{host}:1433;databaseName={database}'";
            case "oracle":
                return "'jdbc:oracle:thin:@//{host}:1521/{database}'";
            default:
                return "'jdbc:sqlite:/path/to/file.db'";
        }
    }

    private static String require(String who, String type, String key, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidDataflowException(who + ": configure." + key + " is required to build a " + type
                    + " URL, got none. Set configure." + key + ", or give configure.url.");
        }
        return value.trim();
    }

    private static int port(String who, String type, Map<String, String> values) {
        String p = values.get("port");
        if (p == null || p.isBlank()) {
            return DEFAULT_PORTS.get(type);
        }
        try {
            int port = Integer.parseInt(p.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidDataflowException(who + ": configure.port must be a number between 1 and 65535, got '" + p
                + "'.");
    }
}
