package io.datacoolie.metadata.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.datacoolie.api.Connection;
import io.datacoolie.api.DataCoolieException;
import io.datacoolie.metadata.JdbcSpecs;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one connection object (reference §1.2) and checks that a JDBC URL can be made from it. */
public final class ConnectionReader {
    static final Set<String> FIELDS = Set.of("connection_id", "name", "workspace_id", "description",
            "connection_type", "format", "catalog", "database", "configure", "secrets_ref", "is_active");
    private static final System.Logger LOG = System.getLogger(ConnectionReader.class.getName());

    private ConnectionReader() {
    }

    /**
     * @param node the connection object
     * @param path its path, e.g. {@code connections[0]}
     * @param problems where problems go
     * @return the connection, or null when it has problems (reported)
     */
    public static Connection read(JsonNode node, String path, Problems problems) {
        JsonObj o = JsonObj.of(node, path, problems, FIELDS);
        if (o == null) {
            return null;
        }
        int before = problems.size();
        String name = o.text("name");
        Map<String, Object> configure = o.map("configure");
        EndpointReader.checkBackward(configure, o.at("configure"), problems);
        Map<String, List<String>> secrets = secretsRef(o);
        boolean active = o.bool("is_active", true);
        o.finish();
        if (problems.size() > before) {
            return null;
        }
        try {
            Connection c = new Connection(o.text("connection_id"), name, o.text("workspace_id"),
                    o.text("connection_type"), o.text("format"), o.text("catalog"), o.text("database"), configure,
                    secrets, active);
            JdbcSpecs.check(c);
            warnPlainPassword(c);
            return c;
        } catch (DataCoolieException e) {
            problems.add(path, e.getMessage());
            return null;
        }
    }

    private static Map<String, List<String>> secretsRef(JsonObj o) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, Object> asMap = o.map("secrets_ref");
        for (String source : asMap.keySet()) {
            out.put(source, StringLists.read(Json.MAPPER.valueToTree(asMap.get(source)),
                    o.at("secrets_ref") + "." + (source.isEmpty() ? "\"\"" : source), o.problems()));
        }
        return out;
    }

    private static void warnPlainPassword(Connection c) {
        String pw = c.configString("password");
        if (pw != null && !pw.isEmpty() && !c.isSecretField("password")) {
            LOG.log(Level.WARNING, "Connection '" + c.name() + "' has a plain-text password in its metadata. Put the"
                    + " name of an environment variable there and list \"password\" in secrets_ref:"
                    + " {\"env\": [\"password\"]}.");
        }
    }
}
