package io.datacoolie.examples.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The measured repetitions of one contender: wall times and the units (rows or chunks) each processed.
 *
 * @param name the contender
 * @param seconds wall time of each repetition
 * @param units what each repetition processed; all equal, or the benchmark is wrong
 */
public record Samples(String name, List<Double> seconds, List<Long> units) {

    /** Copies. */
    public Samples {
        seconds = List.copyOf(seconds);
        units = List.copyOf(units);
    }

    /** @return the median wall time, seconds */
    public double median() {
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** @return units per repetition (rows or chunks) */
    public long unitsPerRun() {
        return units.isEmpty() ? 0 : units.get(0);
    }

    /** @return units per second at the median time */
    public double rate() {
        return unitsPerRun() / median();
    }

    /** @return the fastest and slowest repetition, as text */
    public String spread() {
        return String.format("%.2f-%.2f s", Collections.min(seconds), Collections.max(seconds));
    }
}
