package io.datacoolie.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one scenario measured: the baseline's samples first, then DataCoolie's, with the target and notes.
 *
 * @param title the scenario's title
 * @param description what runs, in one or two sentences
 * @param unit {@code rows} or {@code chunks}
 * @param samples by contender, the baseline first
 * @param target the target DataCoolie's contenders must meet
 * @param notes extra observations (e.g. peak heap), may be empty
 */
public record ScenarioResult(String title, String description, String unit, Map<String, Samples> samples,
        Target target, List<String> notes) {

    /** Copies. */
    public ScenarioResult {
        samples = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(samples));
        notes = List.copyOf(notes);
    }

    /** @return the baseline's samples */
    public Samples baseline() {
        return samples.values().iterator().next();
    }

    /** @return DataCoolie's samples, in order; empty when it was not measured */
    public List<Samples> contenders() {
        List<Samples> out = new ArrayList<>(samples.values());
        out.remove(0);
        return out;
    }

    /**
     * @param s a contender's samples
     * @return its throughput relative to the baseline (above 1 is faster)
     */
    public double ratio(Samples s) {
        return baseline().median() / s.median();
    }

    /** @return true when every contender meets the target, and there is at least one */
    public boolean met() {
        return !contenders().isEmpty() && contenders().stream().allMatch(s -> target.met(s, baseline()));
    }
}
