package io.datacoolie.examples.demo;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.run.DataFlowRuntimeInfo;
import io.datacoolie.batch.exec.RunObserver;
import java.io.PrintStream;

/**
 * A progress display for the demo: chunk i/N, rows, rows/s and ETA, rewritten in place on a terminal and printed
 * once per chunk otherwise (so that logs and pasted output stay readable).
 */
final class ProgressLine implements RunObserver {

    private final PrintStream out;
    private final boolean terminal;
    private long t0 = System.nanoTime();
    private int chunks;
    private int done;
    private long rows;

    ProgressLine(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void planned(DataFlow dataflow, int total, int alreadyDone) {
        chunks = total;
        done = alreadyDone;
        rows = 0;
        t0 = System.nanoTime();
    }

    @Override
    public synchronized void finished(DataFlow dataflow, DataFlowRuntimeInfo run) {
        if (run.chunkIndex() == null) {
            return;
        }
        done++;
        rows += run.rowsWritten();
        double s = (System.nanoTime() - t0) / 1e9;
        double eta = done == 0 ? 0 : s / done * (chunks - done);
        String line = String.format("  chunk %2d/%d  [%s, %s)  %,10d rows  %,9.0f rows/s  ETA %4.1f s",
                done, chunks, run.chunkStart(), run.chunkEnd(), rows, rows / Math.max(s, 1e-9), eta);
        if (terminal) {
            out.print("\r" + line + (done == chunks ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }
}
