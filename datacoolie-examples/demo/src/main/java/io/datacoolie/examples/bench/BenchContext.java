package io.datacoolie.examples.bench;

import java.io.PrintStream;

/**
 * What every scenario needs.
 *
 * @param fixtures the databases
 * @param trial the alternating runner
 * @param replayer DataCoolie, or null when its runtime is not available
 * @param log where progress goes
 * @param chunks how many empty chunks the overhead scenario runs
 * @param workDir where benchmark files go
 */
public record BenchContext(Fixtures fixtures, Trial trial, Replayer replayer, PrintStream log, int chunks,
        java.nio.file.Path workDir) {
}
