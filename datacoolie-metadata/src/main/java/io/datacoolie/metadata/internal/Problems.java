package io.datacoolie.metadata.internal;

import io.datacoolie.metadata.MetadataException;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem found in one metadata document, so that a user sees them all at once. */
public final class Problems {
    private final List<String> messages;
    private final String prefix;

    /** A new, empty collector. */
    public Problems() {
        this(new ArrayList<>(), "");
    }

    private Problems(List<String> messages, String prefix) {
        this.messages = messages;
        this.prefix = prefix;
    }

    /**
     * @param dataflow the dataflow's name or id, may be null
     * @return a view that adds {@code Dataflow 'x', } before each problem and shares this collector's list
     */
    public Problems forDataflow(String dataflow) {
        return dataflow == null ? this : new Problems(messages, "Dataflow '" + dataflow + "', ");
    }

    /**
     * @param where a path such as {@code dataflows[3].source}
     * @param message what is wrong and how to fix it
     */
    public void add(String where, String message) {
        messages.add(prefix + (where.isEmpty() ? message : where + ": " + message));
    }

    /**
     * @param other problems collected separately, e.g. for one connection
     */
    public void absorb(Problems other) {
        messages.addAll(other.messages);
    }

    /** @return true when nothing was reported */
    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** @return the number of problems so far */
    public int size() {
        return messages.size();
    }

    /**
     * @param source what was read, e.g. {@code file 'metadata.json'}
     * @throws MetadataException listing every problem, when there is at least one
     */
    public void throwIfAny(String source) {
        if (!messages.isEmpty()) {
            throw new MetadataException(source, messages);
        }
    }
}
