package io.datacoolie.examples.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs contenders in alternation: a warm-up round, then repetitions in which the order rotates, so that a noisy
 * neighbour or a warming cache does not favour whoever runs first. Before every run, {@code reset} puts the
 * destination back to empty; it is not timed.
 */
public final class Trial {

    /** Work that is not timed. */
    @FunctionalInterface
    public interface Step {
        /** @throws Exception when it fails */
        void run() throws Exception;
    }

    private final int repetitions;
    private final PrintStream log;

    /**
     * @param repetitions measured repetitions per contender
     * @param log where progress goes
     */
    public Trial(int repetitions, PrintStream log) {
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be 1 or more, got " + repetitions);
        }
        this.repetitions = repetitions;
        this.log = log;
    }

    /**
     * @param reset empties the destinations, untimed
     * @param warmUp contenders run once each, untimed (e.g. on a small window); may be empty
     * @param contenders the timed contenders, the baseline first
     * @return samples per contender, in the given order
     * @throws Exception when a run fails, or contenders disagree about the units processed
     */
    public Map<String, Samples> run(Step reset, List<Contender> warmUp, List<Contender> contenders) throws Exception {
        for (Contender c : warmUp) {
            reset.run();
            long t0 = System.nanoTime();
            long units = c.work().run();
            log.printf("    warm-up %-28s %,12d in %6.2f s%n", c.name(), units, (System.nanoTime() - t0) / 1e9);
        }
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Map<String, List<Long>> units = new LinkedHashMap<>();
        contenders.forEach(c -> {
            seconds.put(c.name(), new ArrayList<>());
            units.put(c.name(), new ArrayList<>());
        });
        for (int rep = 0; rep < repetitions; rep++) {
            for (int i = 0; i < contenders.size(); i++) {
                Contender c = contenders.get((i + rep) % contenders.size());
                reset.run();
                System.gc();
                Map<String, Double> cpu0 = ProcessCpu.snapshot();
                long t0 = System.nanoTime();
                long n = c.work().run();
                double s = (System.nanoTime() - t0) / 1e9;
                String cpu = ProcessCpu.between(cpu0, ProcessCpu.snapshot());
                seconds.get(c.name()).add(s);
                units.get(c.name()).add(n);
                log.printf("    run %d/%d %-28s %,12d in %6.2f s (%,.0f/s); CPU: %s%n", rep + 1, repetitions, c.name(),
                        n, s, n / s, cpu);
            }
        }
        Map<String, Samples> out = new LinkedHashMap<>();
        for (Contender c : contenders) {
            out.put(c.name(), new Samples(c.name(), seconds.get(c.name()), units.get(c.name())));
        }
        checkSameUnits(out);
        return out;
    }

    private static void checkSameUnits(Map<String, Samples> samples) {
        long distinct = samples.values().stream().flatMap(s -> s.units().stream()).distinct().count();
        if (distinct > 1) {
            throw new IllegalStateException("Contenders processed different amounts of work, so their times do not"
                    + " compare: " + samples.values().stream().map(s -> s.name() + "=" + s.units()).toList());
        }
    }
}
