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
