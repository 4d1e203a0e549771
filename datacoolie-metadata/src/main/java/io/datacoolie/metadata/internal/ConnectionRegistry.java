package io.datacoolie.metadata.internal;

import io.datacoolie.api.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The document's connections by name and by id, in declaration order. */
final class ConnectionRegistry {
    private final Map<String, Connection> byName = new LinkedHashMap<>();
    private final Map<String, Connection> byId = new LinkedHashMap<>();
    /** Invalid connections, kept aside when only some dataflows are loaded; by name and by id. */
    private final Map<String, Problems> broken = new LinkedHashMap<>();
    private final java.util.Set<Problems> reported = java.util.Collections.newSetFromMap(
            new java.util.IdentityHashMap<>());

    /** @return an error text when the name or id is taken, else null */
    String add(Connection c) {
        Connection sameName = byName.get(c.name());
        if (sameName != null) {
            return sameName.equals(c) ? null : "connection name '" + c.name() + "' is defined twice with different"
                    + " settings. Give every connection a unique name.";
        }
        Connection sameId = byId.get(c.connectionId());
        if (sameId != null) {
            return "connection_id '" + c.connectionId() + "' of '" + c.name() + "' is already used by '"
                    + sameId.name() + "'. Give every connection a unique id.";
        }
        byName.put(c.name(), c);
        byId.put(c.connectionId(), c);
        return null;
    }

    void addBroken(String name, String id, Problems problems) {
        if (name != null) {
            broken.putIfAbsent(name, problems);
        }
        if (id != null) {
            broken.putIfAbsent(id, problems);
        }
    }

    /**
     * @return true when the name or id belongs to an invalid connection; its problems are then reported into
     *     {@code target}, once
     */
    boolean reportBroken(String nameOrId, Problems target) {
        Problems p = broken.get(nameOrId);
        if (p != null && reported.add(p)) {
            target.absorb(p);
        }
        return p != null;
    }

    boolean isBroken(String nameOrId) {
        return nameOrId != null && broken.containsKey(nameOrId);
    }

    Connection byName(String name) {
        return byName.get(name);
    }

    Connection byId(String id) {
        return byId.get(id);
    }

    List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    List<Connection> all() {
        return List.copyOf(byName.values());
    }
}
