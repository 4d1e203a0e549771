package io.datacoolie.batch.exec;

import io.datacoolie.api.DataFlow;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads one window of a dataflow's source and writes it to its destination, WITHOUT committing: the caller owns the
 * destination transaction, so that its own bookkeeping (the replay ledger) commits together with the rows.
 */
@FunctionalInterface
public interface ChunkTransfer {

    /**
     * @param source a connection to the source database
     * @param destination a connection to the destination database, autocommit off
     * @param dataflow the dataflow
     * @param window the rows to read
     * @param dataflowRunId the run id written into {@code __dataflow_run_id}
     * @return counts, SQL and watermark maxima
     * @throws SQLException when a statement fails
     */
    TransferResult transfer(Connection source, Connection destination, DataFlow dataflow, Window window,
            String dataflowRunId) throws SQLException;
}
