package io.datacoolie.batch.exec;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-process handles: the driver registers its resources under a random id passed to its jobs as the
 * {@code datacoolie.context} job parameter. A job that does not find its handle (another JVM, an application server)
 * builds its own resources from the other parameters.
 */
public final class ResourceRegistry {
    private static final Map<String, JobResources> CONTEXTS = new ConcurrentHashMap<>();

    private ResourceRegistry() {
    }

    /**
     * @param resources the driver's resources
     * @return the handle
     */
    public static String register(JobResources resources) {
        String id = UUID.randomUUID().toString();
        CONTEXTS.put(id, resources);
        return id;
    }

    /** @param id a handle to forget */
    public static void unregister(String id) {
        CONTEXTS.remove(id);
    }

    /**
     * @param id a handle, may be null or blank
     * @return the registered resources
     */
    public static Optional<JobResources> find(String id) {
        return id == null || id.isBlank() ? Optional.empty() : Optional.ofNullable(CONTEXTS.get(id));
    }
}
