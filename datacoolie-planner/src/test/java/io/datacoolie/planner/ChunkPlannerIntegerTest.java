package io.datacoolie.planner;

import static io.datacoolie.planner.Plans.boundaries;
import static io.datacoolie.planner.Plans.list;
import static io.datacoolie.planner.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.datacoolie.api.chunk.ChunkPlan;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Integer steps: multiples of the step, floor-mod for negatives, no overflow at the ends of the long range. */
class ChunkPlannerIntegerTest {
    private static final long MIN = Long.MIN_VALUE;
    private static final long MAX = Long.MAX_VALUE;

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments("seed example: 0..1,000,000 by 100,000", 0L, 1_000_000L, "step=250000",
                        "0 | 250000 | 500000 | 750000 | 1000000"),
                arguments("step=1", 5L, 8L, "step=1", "5 | 6 | 7 | 8"),
                arguments("unaligned start and end", 3L, 27L, "step=10", "3 | 10 | 20 | 27"),
                arguments("negative start uses floor-mod", -15L, 25L, "step=10", "-15 | -10 | 0 | 10 | 20 | 25"),
                arguments("all negative", -100L, -55L, "step=25", "-100 | -75 | -55"),
                arguments("inside one step", 3L, 7L, "step=10", "3 | 7"),
                arguments("inside one negative step", -7L, -3L, "step=10", "-7 | -3"),
                arguments("the whole long range by 2^62", MIN, MAX, "step=4611686018427387904",
                        MIN + " | -4611686018427387904 | 0 | 4611686018427387904 | " + MAX),
                arguments("near Long.MAX the next boundary would overflow", MAX - 5, MAX, "step=3",
                        (MAX - 5) + " | " + (MAX - 4) + " | " + (MAX - 1) + " | " + MAX),
                arguments("near Long.MIN", MIN, MIN + 3, "step=2", MIN + " | " + (MIN + 2) + " | " + (MIN + 3)),
                arguments("a step larger than the range", -5L, 5L, "step=" + MAX, "-5 | 0 | 5"),
                arguments("text bounds", "100", "300", "step=100", "100 | 200 | 300"),
                arguments("int bounds", 1, 3, "step=1", "1 | 2 | 3"),
                arguments("single shot", -3L, 3L, null, "-3 | 3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void plan_integers_cutsAtMultiplesOfTheStep(String label, Object start, Object end, String step,
            String expected) {
        assertEquals(list(expected), boundaries(plan(start, end, step, null)), label);
    }

    @Test
    void plan_integers_returnsLongs() {
        ChunkPlan<?> plan = plan(1, 10, "step=4", null);

        assertTrue(plan.chunks().stream().allMatch(c -> c.start() instanceof Long && c.end() instanceof Long));
    }

    @Test
    void plan_millionSteps_isExact() {
        ChunkPlan<?> plan = plan(-500_000L, 500_000L, "step=1", null);

        assertEquals(1_000_000, plan.size());
        assertEquals(-500_000L, plan.chunks().get(0).start());
        assertEquals(499_999L, plan.chunks().get(999_999).start());
    }
}
