package io.datacoolie.planner;

import io.datacoolie.api.chunk.Chunk;
import io.datacoolie.api.chunk.ChunkPlan;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: plan from text and print boundaries. */
final class Plans {
    private Plans() {
    }

    /** Plans from CLI-like text; step and zone may be null. */
    static ChunkPlan<?> plan(Object start, Object end, String step, String zone) {
        return ChunkPlanner.create().plan(start, end, step == null ? null : ChunkSteps.parse(step, null),
                zone == null ? null : ZoneId.of(zone));
    }

    /** The start of the first chunk, then every chunk's end, formatted. */
    static List<String> boundaries(ChunkPlan<?> plan) {
        List<String> out = new ArrayList<>();
        out.add(ChunkBounds.format(plan.chunks().get(0).start()));
        for (Chunk<?> c : plan.chunks()) {
            out.add(ChunkBounds.format(c.end()));
        }
        return out;
    }

    /** Splits {@code "a | b | c"}. */
    static List<String> list(String bars) {
        return Arrays.stream(bars.split("\\|")).map(String::strip).collect(Collectors.toList());
    }
}
