package io.datacoolie.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A named database connection (reference §1.2). {@code configure} keeps the original's keys ({@code url},
 * {@code host}, {@code port}, {@code database}, {@code username}, {@code password}, {@code database_type},
 * backward keys, ...). {@code secretsRef} maps a secret source (e.g. {@code env}) to the configure fields whose
 * values are secret keys.
 *
 * <p>Only database connections (format {@code sql}) can be honoured by this JDBC edition; any other
 * {@code connection_type} or {@code format} is rejected when the record is built.
 *
 * @param connectionId id; when null it is derived as UUIDv5 of the name ({@link Ids#derive})
 * @param name unique, non-blank name
 * @param workspaceId optional workspace scope, may be null
 * @param connectionType {@code database}; null means {@code database}
 * @param format {@code sql}; null means {@code sql}
 * @param catalog optional catalog; when null, {@code configure.catalog}
 * @param database optional database name; when null, {@code configure.database}
 * @param configure type-specific settings, never null after construction
 * @param secretsRef secret source to configure field names, never null after construction
 * @param active whether the connection is active
 */
public record Connection(String connectionId, String name, String workspaceId, String connectionType, String format,
        String catalog, String database, Map<String, Object> configure, Map<String, List<String>> secretsRef,
        boolean active) {

    /** The only connection type this edition honours. */
    public static final String DATABASE = "database";
    /** The only format this edition honours. */
    public static final String SQL = "sql";

    /**
     * Validates, normalises and copies.
     *
     * @throws InvalidDataflowException when the name is blank, or the type or format is not a database one
     */
    public Connection {
        if (name == null || name.isBlank()) {
            throw new InvalidDataflowException("Connection.name must be a non-empty string, got '" + name
                    + "'. Give every connection a unique name.");
        }
        connectionId = blankToNull(connectionId) == null ? Ids.derive(name) : connectionId.trim();
        connectionType = connectionType == null || connectionType.isBlank() ? DATABASE
                : connectionType.trim().toLowerCase(Locale.ROOT);
        format = format == null || format.isBlank() ? SQL : format.trim().toLowerCase(Locale.ROOT);
        if (!DATABASE.equals(connectionType)) {
            throw new InvalidDataflowException("Connection '" + name + "': connection_type '" + connectionType
                    + "' cannot be honoured by this JDBC edition, which only reads and writes 'database' connections."
                    + " Set connection_type to 'database' (format 'sql'), or run this dataflow with the Python edition.");
        }
        if (!SQL.equals(format)) {
            throw new InvalidDataflowException("Connection '" + name + "': format '" + format
                    + "' is not valid for connection_type 'database'. Allowed: sql. Remove format or set it to 'sql'.");
        }
        configure = configure == null ? Map.of() : Collections2.copyOfNullable(configure);
        catalog = blankToNull(catalog) != null ? catalog : asText(configure.get("catalog"));
        database = blankToNull(database) != null ? database : asText(configure.get("database"));
        secretsRef = copySecrets(name, secretsRef);
    }

    /**
     * A database connection with only a name and settings; the id is derived from the name.
     *
     * @param name the connection name
     * @param configure the settings
     * @return the connection
     */
    public static Connection of(String name, Map<String, Object> configure) {
        return new Connection(null, name, null, null, null, null, null, configure, null, true);
    }

    private static Map<String, List<String>> copySecrets(String name, Map<String, List<String>> secretsRef) {
        if (secretsRef == null) {
            return Map.of();
        }
        Map<String, String> seen = new LinkedHashMap<>();
        Map<String, List<String>> copy = new LinkedHashMap<>();
        secretsRef.forEach((source, fields) -> {
            List<String> list = fields == null ? List.of() : List.copyOf(fields);
            for (String field : list) {
                String other = seen.putIfAbsent(field, source);
                if (other != null) {
                    throw new InvalidDataflowException("Connection '" + name + "': secrets_ref lists configure field '"
                            + field + "' under both '" + other + "' and '" + source
                            + "'. List each field under one secret source only.");
                }
            }
            copy.put(source == null ? "" : source, list);
        });
        return Collections2.copyOfNullable(copy);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String asText(Object v) {
        return v == null || v.toString().isBlank() ? null : v.toString();
    }

    /**
     * @param key a configure key
     * @return the configure value as text, or null when absent
     */
    public String configString(String key) {
        Object v = configure.get(key);
        return v == null ? null : v.toString();
    }

    /** @return {@code configure.database_type} lower-cased, or null when not set (the URL may name it) */
    public String databaseType() {
        String t = asText(configure.get("database_type"));
        return t == null ? null : t.trim().toLowerCase(Locale.ROOT);
    }

    /** @return {@code configure.use_schema_hint}, default true */
    public boolean useSchemaHint() {
        Object v = configure.get("use_schema_hint");
        return v == null || Boolean.parseBoolean(v.toString());
    }

    /** @return the connection-level backward look-back from {@code configure} (reference §1.2) */
    public Backward backward() {
        return Backward.fromConfigure(configure, "connection '" + name + "' configure");
    }

    /**
     * @param field a configure field name
     * @return true when {@code secrets_ref} lists the field, i.e. its value is a secret key, not the secret
     */
    public boolean isSecretField(String field) {
        return secretsRef.values().stream().anyMatch(l -> l.contains(field));
    }

    @Override
    public String toString() {
        // Never print configure: it may hold a plain-text password.
        return "Connection[" + name + " (" + connectionId + ")" + (databaseType() == null ? "" : " " + databaseType())
                + "]";
    }
}
