package io.datacoolie.batch.cli;

import io.datacoolie.api.run.DataFlowOutcome;
import io.datacoolie.api.run.DataFlowStatus;
import io.datacoolie.api.run.ExecutionResult;
import java.io.PrintWriter;

/** Prints an {@link ExecutionResult} and decides the exit code. */
final class ResultPrinter {
    private ResultPrinter() {
    }

    static int print(PrintWriter out, ExecutionResult r, String what) {
        for (DataFlowOutcome o : r.dataflows()) {
            out.printf("%s: %s (%d %s: %d succeeded, %d failed, %d skipped; %,d rows written)%n", o.dataflowName(),
                    o.status().wireName(), Math.max(o.plannedChunks(), o.runs().size()), what,
                    o.count(DataFlowStatus.SUCCEEDED), o.count(DataFlowStatus.FAILED),
                    o.count(DataFlowStatus.SKIPPED), o.rowsWritten());
            if (o.errorMessage() != null) {
                out.println("  error: " + o.errorMessage());
            }
        }
        out.printf("Total %s: total=%d succeeded=%d failed=%d skipped=%d pending=%d in %.1f s%n", what, r.total(),
                r.succeeded(), r.failed(), r.skipped(), r.pending(), r.durationSeconds());
        out.flush();
        boolean bad = r.hasFailures() || r.dataflows().stream().anyMatch(o -> o.status() == DataFlowStatus.FAILED);
        return bad ? Main.FAILED : Main.OK;
    }
}
