package io.datacoolie.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrialTest {

    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @Test
    void run_rotatesTheOrderAndResetsBeforeEveryRun() throws Exception {
        List<String> events = new ArrayList<>();
        Contender a = new Contender("a", () -> {
            events.add("a");
            return 10;
        });
        Contender b = new Contender("b", () -> {
            events.add("b");
            return 10;
        });
        Map<String, Samples> s = new Trial(3, quiet).run(() -> events.add("reset"),
                List.of(new Contender("warm", () -> {
                    events.add("warm");
                    return 1;
                })), List.of(a, b));
        assertEquals(List.of("reset", "warm", "reset", "a", "reset", "b", "reset", "b", "reset", "a", "reset", "a",
                "reset", "b"), events);
        assertEquals(List.of("a", "b"), List.copyOf(s.keySet()));
        assertEquals(3, s.get("a").seconds().size());
        assertEquals(10, s.get("b").unitsPerRun());
    }

    @Test
    void run_contendersDoingDifferentWork_fails() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Trial(1, quiet).run(() -> { },
                List.of(), List.of(new Contender("a", () -> 10), new Contender("b", () -> 9))));
        assertTrue(e.getMessage().contains("a=[10]") && e.getMessage().contains("b=[9]"), e.getMessage());
    }

    @Test
    void median_oddAndEvenCounts() {
        assertEquals(2.0, new Samples("x", List.of(3.0, 1.0, 2.0), List.of(1L, 1L, 1L)).median());
        assertEquals(2.5, new Samples("x", List.of(4.0, 1.0, 2.0, 3.0), List.of(1L, 1L, 1L, 1L)).median());
    }

    @Test
    void target_ratioAndCost() {
        Samples base = new Samples("base", List.of(10.0), List.of(1000L));
        assertTrue(Target.atLeast(0.9).met(new Samples("dc", List.of(11.0), List.of(1000L)), base));
        assertTrue(!Target.atLeast(0.9).met(new Samples("dc", List.of(11.2), List.of(1000L)), base));
        assertTrue(Target.atMostMillisPerChunk(5).met(new Samples("dc", List.of(5.0), List.of(1000L)), base));
        assertTrue(!Target.atMostMillisPerChunk(5).met(new Samples("dc", List.of(5.1), List.of(1000L)), base));
    }
}
