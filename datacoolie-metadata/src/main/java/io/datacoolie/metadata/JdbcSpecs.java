package io.datacoolie.metadata;

import io.datacoolie.api.Connection;
import io.datacoolie.api.InvalidDataflowException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a database {@link Connection} into a {@link JdbcSpec}: resolves {@code secrets_ref} from the environment,
 * fills the placeholders of {@code configure.url} or builds the URL from host, port and database.
 */
public final class JdbcSpecs {
    /** Configure keys with a meaning of their own; every other scalar key becomes a driver property. */
    static final Set<String> KNOWN_KEYS = Set.of("database_type", "host", "port", "database", "username", "password",
            "url", "driver", "auth_type", "tenant_id", "token", "read_options", "write_options", "use_schema_hint",
            "catalog", "backward", "backward_days", "backward_hours", "backward_months", "backward_years",
            "backward_closing_day");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Map<String, String> URL_PREFIXES = Map.of("jdbc:postgresql:", "postgresql",
            "jdbc:mysql:", "mysql", "jdbc:mariadb:", "mariadb", "jdbc:h2:", "h2", "jdbc:sqlserver:", "mssql",
            "jdbc:oracle:", "oracle", "jdbc:sqlite:", "sqlite");
    private static final Map<String, String> TYPE_ALIASES = Map.of("postgres", "postgresql", "pg", "postgresql",
            "sqlserver", "mssql");
    private static final Set<String> MYSQL_FAMILY = Set.of("mysql", "mariadb");
    private static final Set<String> TYPES = Set.of("postgresql", "mysql", "mariadb", "h2", "mssql", "oracle",
            "sqlite");

    private JdbcSpecs() {
    }

    /**
     * Resolves against the process environment.
     *
     * @param connection a database connection
     * @return the spec
     * @throws InvalidDataflowException naming the connection, the field and the fix
     */
    public static JdbcSpec resolve(Connection connection) {
        return resolve(connection, System::getenv);
    }

    /**
     * @param connection a database connection
     * @param env looks up an environment variable; returns null when it is not set
     * @return the spec
     * @throws InvalidDataflowException naming the connection, the field and the fix
     */
    public static JdbcSpec resolve(Connection connection, UnaryOperator<String> env) {
        String who = "Connection '" + connection.name() + "'";
        Map<String, String> values = scalars(connection.configure());
        Secrets.apply(connection, values, env);
        String url = values.get("url");
        String type = normaliseType(who, values.get("database_type"));
        if (url != null && !url.isBlank()) {
            url = fill(who, url.trim(), values);
            type = typeOf(who, url, type);
        } else {
            if (type == null) {
                throw new InvalidDataflowException(who + ": configure has neither 'url' nor 'database_type', so no"
                        + " JDBC URL can be built. Set configure.url to a full JDBC URL, or database_type with host,"
                        + " port and database.");
            }
            url = UrlBuilder.build(who, type, values);
        }
        checkAuth(who, values.get("auth_type"));
        Map<String, String> props = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!KNOWN_KEYS.contains(k) && v != null) {
                props.put(k, v);
            }
        });
        return new JdbcSpec(url, values.get("username"), values.get("password"), type, values.get("driver"), props);
    }

    /**
     * Checks everything but the environment: URL placeholders, the database type, the parts a built URL needs, and
     * the secrets_ref shape. Metadata loading calls this so that mistakes surface before anything runs.
     *
     * @param connection a database connection
     * @throws InvalidDataflowException as {@link #resolve(Connection, UnaryOperator)}
     */
    public static void check(Connection connection) {
        resolve(connection, name -> "${" + name + "}");
    }

    private static Map<String, String> scalars(Map<String, Object> configure) {
        Map<String, String> out = new LinkedHashMap<>();
        configure.forEach((k, v) -> {
            if (v != null && !(v instanceof Map) && !(v instanceof Iterable)) {
                out.put(k, v.toString());
            }
        });
        return out;
    }

    private static String normaliseType(String who, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.trim().toLowerCase(Locale.ROOT);
        t = TYPE_ALIASES.getOrDefault(t, t);
        if (!TYPES.contains(t)) {
            throw new InvalidDataflowException(who + ": configure.database_type '" + raw + "' is not supported. Use one"
                    + " of h2, mariadb, mssql, mysql, oracle, postgresql, sqlite.");
        }
        return t;
    }

    private static String typeOf(String who, String url, String configured) {
        if (!url.startsWith("jdbc:")) {
            throw new InvalidDataflowException(who + ": configure.url '" + redact(url) + "' is not a JDBC URL."
                    + " Write it as jdbc:<driver>:..., e.g. 'jdbc:postgresql://host:5432/db'.");
        }
        String fromUrl = URL_PREFIXES.entrySet().stream().filter(e -> url.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (configured == null && fromUrl == null) {
            throw new InvalidDataflowException(who + ": the database cannot be told from configure.url '" + redact(url)
                    + "'. Set configure.database_type (postgresql, mysql, mariadb, h2, mssql, oracle, sqlite).");
        }
        if (configured != null && fromUrl != null && !configured.equals(fromUrl)
                && !(MYSQL_FAMILY.contains(configured) && MYSQL_FAMILY.contains(fromUrl))) {
            throw new InvalidDataflowException(who + ": configure.database_type '" + configured + "' contradicts"
                    + " configure.url, which names '" + fromUrl + "'. Remove database_type or fix the URL.");
        }
        return configured != null ? configured : fromUrl;
    }

    private static String fill(String who, String url, Map<String, String> values) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("user", values.get("username"));
        parts.put("password", values.get("password"));
        parts.put("host", values.get("host"));
        parts.put("port", values.get("port"));
        parts.put("database", values.get("database"));
        Matcher m = PLACEHOLDER.matcher(url);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!parts.containsKey(name)) {
                throw new InvalidDataflowException(who + ": configure.url has the unknown placeholder '{" + name
                        + "}'. Only {user}, {password}, {host}, {port} and {database} are filled in; write the value"
                        + " itself instead.");
            }
            if (parts.get(name) == null) {
                throw new InvalidDataflowException(who + ": configure.url uses '{" + name + "}', but configure has no '"
                        + (name.equals("user") ? "username" : name) + "'. Add it to configure, or write the value into"
                        + " the URL.");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(parts.get(name)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void checkAuth(String who, String authType) {
        if (authType != null && !authType.isBlank() && !authType.trim().equalsIgnoreCase("password")) {
            throw new InvalidDataflowException(who + ": configure.auth_type '" + authType + "' is a field of the Python"
                    + " original that this JDBC edition cannot honour; only 'password' is supported. Remove auth_type"
                    + " and put the driver's own authentication settings into configure.url.");
        }
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
