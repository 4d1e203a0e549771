package io.datacoolie.batch.cli;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.run.DataFlowRuntimeInfo;
import io.datacoolie.batch.exec.RunObserver;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of running dataflows: on a terminal one bar per dataflow (chunk i/N, rows, rows/s, ETA); otherwise one
 * plain log line per finished chunk or run.
 */
final class ProgressDisplay implements RunObserver, AutoCloseable {
    private final PrintWriter log;
    private final boolean terminal;
    private final Map<String, ProgressBar> bars = new ConcurrentHashMap<>();
    private final Map<String, long[]> rows = new ConcurrentHashMap<>();
    private final Map<String, Integer> totals = new ConcurrentHashMap<>();
    private final long started = System.nanoTime();

    ProgressDisplay(PrintWriter log, boolean terminal) {
        this.log = log;
        this.terminal = terminal;
    }

    static ProgressDisplay forConsole(PrintWriter err) {
        return new ProgressDisplay(err, System.console() != null && System.getenv("DATACOOLIE_PLAIN") == null);
    }

    @Override
    public void planned(DataFlow df, int chunks, int done) {
        totals.put(df.dataflowId(), chunks);
        if (terminal) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(df.displayName()).setInitialMax(chunks)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" chunks", 1).showSpeed().build();
            bar.stepTo(done);
            bars.put(df.dataflowId(), bar);
        } else {
            log.println(df.displayName() + ": " + chunks + " chunks" + (done > 0 ? ", " + done
                    + " already done, resuming" : ""));
            log.flush();
        }
    }

    @Override
    public void finished(DataFlow df, DataFlowRuntimeInfo run) {
        long[] r = rows.computeIfAbsent(df.dataflowId(), k -> new long[1]);
        r[0] += run.rowsWritten();
        double secs = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        ProgressBar bar = bars.get(df.dataflowId());
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(String.format(" rows %,d, %,.0f rows/s", r[0], r[0] / secs));
            return;
        }
        String which = run.chunkIndex() == null ? "run" : "chunk " + (run.chunkIndex() + 1) + "/"
                + totals.getOrDefault(df.dataflowId(), 0) + " [" + run.chunkStart() + ", " + run.chunkEnd() + ")";
        log.println(df.displayName() + " " + which + " " + run.status().wireName() + " rows=" + run.rowsWritten()
                + String.format(" %.2fs", run.durationSeconds()) + (run.errorMessage() == null ? ""
                : " error: " + run.errorMessage()));
        log.flush();
    }

    @Override
    public void jobFailed(DataFlow df, String message) {
        if (!terminal) {
            log.println((df == null ? "" : df.displayName() + ": ") + message);
            log.flush();
        }
    }

    @Override
    public void close() {
        bars.values().forEach(ProgressBar::close);
    }
}
