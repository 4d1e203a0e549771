package io.datacoolie.api.run;

import java.util.List;

/**
 * What the transform phase of a run did. In this edition transforms are pushed into the source SQL, so the
 * phase records which transformers were applied rather than separate timings.
 *
 * @param phase timing and status
 * @param transformersApplied names of the applied transformers, e.g. {@code Deduplicator(RANK)}, never null
 */
public record TransformRuntimeInfo(PhaseRuntime phase, List<String> transformersApplied) {

    /** A transform that never ran. */
    public static final TransformRuntimeInfo PENDING = new TransformRuntimeInfo(PhaseRuntime.PENDING, List.of());

    /** Copies; nulls become empty. */
    public TransformRuntimeInfo {
        phase = phase == null ? PhaseRuntime.PENDING : phase;
        transformersApplied = transformersApplied == null ? List.of() : List.copyOf(transformersApplied);
    }
}
