package io.datacoolie.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named database connection (reference §1.2). {@code configure} keeps the original's keys ({@code url},
 * {@code host}, {@code port}, {@code database}, {@code username}, {@code password}, {@code database_type},
 * backward keys, ...). {@code secretsRef} maps a secret source (e.g. {@code env}) to the configure fields whose
 * values are secret keys.
 *
 * @param connectionId id; derived as UUIDv5 of the name when the metadata has none
 * @param name unique, non-blank name
 * @param workspaceId optional workspace scope, may be null
 * @param connectionType always {@code database} in this edition
 * @param format always {@code sql} in this edition
 * @param catalog optional catalog, may be null
 * @param database optional database name, may be null
 * @param configure type-specific settings, never null
 * @param secretsRef secret source to configure field names, never null
 * @param active whether the connection is active
 */
public record Connection(String connectionId, String name, String workspaceId, String connectionType, String format,
        String catalog, String database, Map<String, Object> configure, Map<String, List<String>> secretsRef,
        boolean active) {

    /** Validates and copies. */
    public Connection {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(name, "name");
        configure = configure == null ? Map.of() : Collections2.copyOfNullable(configure);
        secretsRef = secretsRef == null ? Map.of() : Map.copyOf(secretsRef);
    }

    /**
     * @param key a configure key
     * @return the configure value as text, or null when absent
     */
    public String configString(String key) {
        Object v = configure.get(key);
        return v == null ? null : v.toString();
    }
}
