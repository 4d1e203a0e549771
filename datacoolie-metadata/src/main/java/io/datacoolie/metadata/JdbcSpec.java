package io.datacoolie.metadata;

import java.util.Map;
import java.util.Objects;

/**
 * How to open a JDBC connection for a metadata {@link io.datacoolie.api.Connection}, with secrets resolved.
 * Built by {@link JdbcSpecs#resolve}.
 *
 * @param url the full JDBC URL, placeholders filled
 * @param user the user, may be null
 * @param password the password, may be null; never printed by {@link #toString()}
 * @param databaseType {@code postgresql}, {@code mysql}, {@code mariadb}, {@code h2}, {@code mssql},
 *     {@code oracle} or {@code sqlite}
 * @param driverClassName {@code configure.driver}, or null to let JDBC find the driver from the URL
 * @param properties further driver properties: the connection's other scalar {@code configure} keys
 */
public record JdbcSpec(String url, String user, String password, String databaseType, String driverClassName,
        Map<String, String> properties) {

    /** Validates and copies. */
    public JdbcSpec {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(databaseType, "databaseType");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** @return driver properties including {@code user} and {@code password}, for DriverManager */
    public java.util.Properties toProperties() {
        java.util.Properties p = new java.util.Properties();
        p.putAll(properties);
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    @Override
    public String toString() {
        return "JdbcSpec[" + databaseType + " " + url.replaceAll("(?i)(password=)[^;&]*", "$1***") + " user=" + user
                + (password == null ? "" : " password=***") + "]";
    }
}
