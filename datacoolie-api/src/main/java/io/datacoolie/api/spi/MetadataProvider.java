package io.datacoolie.api.spi;

import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.InvalidDataflowException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Supplies connections and dataflows (a JSON file, or the original's {@code dc_framework_*} tables). */
public interface MetadataProvider extends AutoCloseable {

    /**
     * @param stages stages to keep (exact match); empty means every stage
     * @param activeOnly when true, inactive dataflows are left out
     * @return dataflows in the provider's declaration order
     */
    List<DataFlow> dataflows(Set<String> stages, boolean activeOnly);

    /**
     * Picks dataflows by {@code dataflow_id} or name (the command line's {@code --dataflow}, a job's {@code dataflow}
     * parameter). A provider should validate only the picked dataflows and the connections they use, so that the
     * other dataflows of a shared metadata source need not be valid in this edition; this default loads and
     * validates every dataflow of the stages, then picks.
     *
     * @param namesOrIds names or ids; each must match one dataflow of the stages
     * @param stages stages to pick from (exact match); empty means every stage
     * @param activeOnly when true, inactive dataflows are left out
     * @return the picked dataflows, in the order asked for, without repeats
     * @throws InvalidDataflowException naming every value that matches no dataflow, and the known ones
     */
    default List<DataFlow> pick(Collection<String> namesOrIds, Set<String> stages, boolean activeOnly) {
        List<DataFlow> all = dataflows(stages, activeOnly);
        Set<DataFlow> out = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String wanted : namesOrIds) {
            all.stream().filter(d -> wanted.equals(d.dataflowId()) || wanted.equals(d.name())).findFirst()
                    .ifPresentOrElse(out::add, () -> unknown.add(wanted));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidDataflowException("Unknown dataflow " + unknown.stream().map(u -> "'" + u + "'")
                    .collect(Collectors.joining(", ")) + " in " + describe() + ". Known dataflows: " + all.stream()
                    .map(DataFlow::displayName).collect(Collectors.joining(", ")) + ".");
        }
        return List.copyOf(out);
    }

    /** @return every connection */
    List<Connection> connections();

    /** @return a short description for logs, e.g. {@code file:metadata.json} */
    String describe();

    @Override
    default void close() {
    }
}
