package io.datacoolie.api.spi;

import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import java.util.List;
import java.util.Set;

/** Supplies connections and dataflows (a JSON file, or the original's {@code dc_framework_*} tables). */
public interface MetadataProvider extends AutoCloseable {

    /**
     * @param stages stages to keep (exact match); empty means every stage
     * @param activeOnly when true, inactive dataflows are left out
     * @return dataflows in the provider's declaration order
     */
    List<DataFlow> dataflows(Set<String> stages, boolean activeOnly);

    /** @return every connection */
    List<Connection> connections();

    /** @return a short description for logs, e.g. {@code file:metadata.json} */
    String describe();

    @Override
    default void close() {
    }
}
