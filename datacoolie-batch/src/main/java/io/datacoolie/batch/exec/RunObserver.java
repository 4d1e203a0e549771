package io.datacoolie.batch.exec;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.run.DataFlowRuntimeInfo;

/** Hears about runs and chunks as a job executes: progress displays and result collection. */
public interface RunObserver {
    /** Hears nothing. */
    RunObserver NONE = new RunObserver() {
    };

    /**
     * A replay's plan is known.
     *
     * @param dataflow the dataflow
     * @param chunks the number of chunks in the stored plan
     * @param done how many of them an earlier attempt already completed
     */
    default void planned(DataFlow dataflow, int chunks, int done) {
    }

    /**
     * A run or chunk is about to start.
     *
     * @param dataflow the dataflow
     * @param chunkIndex the chunk, or -1 for an incremental run
     */
    default void started(DataFlow dataflow, int chunkIndex) {
    }

    /**
     * A run or chunk ended (or was found already done).
     *
     * @param dataflow the dataflow
     * @param run its record
     */
    default void finished(DataFlow dataflow, DataFlowRuntimeInfo run) {
    }

    /**
     * A job failed before or outside any chunk, e.g. the destination lease was taken.
     *
     * @param dataflow the dataflow, or null when it could not be resolved
     * @param message the message
     */
    default void jobFailed(DataFlow dataflow, String message) {
    }
}
