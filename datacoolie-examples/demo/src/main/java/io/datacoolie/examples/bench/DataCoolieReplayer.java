package io.datacoolie.examples.bench;

/** Runs the benchmark replays through DataCoolie's driver. */
final class DataCoolieReplayer implements Replayer {

    private DataCoolieReplayer() {
    }

    /**
     * @return a replayer
     * @throws UnsupportedOperationException until datacoolie-batch's driver is wired in
     */
    static Replayer open() {
        throw new UnsupportedOperationException("DataCoolie's driver is not wired into the benchmarks yet");
    }

    @Override
    public Outcome replay(BenchDb source, String sourceTable, BenchDb destination, String destinationTable,
            Window window, String chunk) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
