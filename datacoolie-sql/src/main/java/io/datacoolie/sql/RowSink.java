package io.datacoolie.sql;

import java.sql.SQLException;

/** Where streamed rows go: batched INSERTs, or PostgreSQL COPY. */
interface RowSink extends AutoCloseable {

    /**
     * @param row the values in write-column order; the array is reused by the caller
     * @throws SQLException when the destination fails
     */
    void add(Object[] row) throws SQLException;

    /**
     * @return rows written
     * @throws SQLException when the destination fails
     */
    long finish() throws SQLException;

    @Override
    void close() throws SQLException;
}
