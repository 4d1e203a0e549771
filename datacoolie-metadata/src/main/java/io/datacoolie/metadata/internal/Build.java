package io.datacoolie.metadata.internal;

import io.datacoolie.api.DataCoolieException;
import java.util.function.Supplier;

/** Builds a record, turning its validation error into a reported problem at a path. */
final class Build {
    private Build() {
    }

    static <T> T of(String path, Problems problems, Supplier<T> build) {
        try {
            return build.get();
        } catch (DataCoolieException e) {
            problems.add(path, e.getMessage());
            return null;
        }
    }
}
