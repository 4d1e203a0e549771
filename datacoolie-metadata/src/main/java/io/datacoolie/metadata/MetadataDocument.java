package io.datacoolie.metadata;

import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import java.util.List;
import java.util.Optional;

/**
 * A loaded, validated metadata document.
 *
 * @param connections every connection, declared and inline, in declaration order
 * @param dataflows every dataflow in declaration order, with schema-hint groups attached
 */
public record MetadataDocument(List<Connection> connections, List<DataFlow> dataflows) {
    /** Copies. */
    public MetadataDocument {
        connections = List.copyOf(connections);
        dataflows = List.copyOf(dataflows);
    }

    /**
     * @param nameOrId a dataflow's name or id
     * @return the dataflow
     */
    public Optional<DataFlow> dataflow(String nameOrId) {
        return dataflows.stream().filter(d -> nameOrId.equals(d.dataflowId()) || nameOrId.equals(d.name()))
                .findFirst();
    }

    /**
     * @param name a connection name
     * @return the connection
     */
    public Optional<Connection> connection(String name) {
        return connections.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
