package io.datacoolie.examples.bench;

/**
 * One way of doing a scenario's work, timed against the others.
 *
 * @param name the name shown in the report
 * @param work what to run; returns the number of rows it copied (or chunks it ran)
 */
public record Contender(String name, Work work) {

    /** The timed work. */
    @FunctionalInterface
    public interface Work {
        /**
         * @return rows copied, or chunks run
         * @throws Exception when it fails; the benchmark then stops
         */
        long run() throws Exception;
    }
}
