package io.datacoolie.examples.bench;

import java.util.List;

/**
 * A benchmark another module's engineer wrote as a plain main class that prints its own table (the planner's and the
 * SQL statement builder's). It runs in a child JVM and its output goes into the report as it is.
 *
 * @param id the id used by {@code --only}
 * @param title the report's heading
 * @param className the main class
 * @param args its arguments
 */
public record ConsoleBenchmark(String id, String title, String className, List<String> args) {

    /** The known console benchmarks, run when their class is on the class path. */
    static final List<ConsoleBenchmark> ALL = List.of(
            new ConsoleBenchmark("planner", "Chunk planner", "io.datacoolie.examples.bench.PlannerBenchmark",
                    List.of("10")),
            new ConsoleBenchmark("statement", "Building one chunk's statement",
                    "io.datacoolie.examples.bench.StatementBuildBenchmark", List.of()));

    /** @return true when its class is on this class path */
    public boolean available() {
        return JavaChild.exists(className);
    }

    /**
     * @return what it printed
     * @throws Exception when it cannot start or exits with an error
     */
    public String run() throws Exception {
        JavaChild.Result r = JavaChild.run(List.of(), className, args);
        if (r.exitCode() != 0) {
            throw new IllegalStateException(title + " (" + className + ") exited with " + r.exitCode() + ":\n"
                    + r.stdout());
        }
        return r.stdout().strip();
    }
}
