package io.datacoolie.sql;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Copies source rows into a sink with the read one batch ahead of the write: a reader thread fetches and decodes the
 * next batch from the source while the calling thread writes the previous one to the destination, so the two
 * databases work at the same time instead of taking turns. At most {@link #QUEUED} batches wait between them, so
 * memory stays bounded by a few batches whatever the window's size.
 *
 * <p>The calling thread keeps the destination connection (and so the caller's transaction); the reader thread only
 * touches the source's open result set, and is joined before this returns or throws, so the source connection is
 * the caller's again afterwards. A failure on either side stops both and is rethrown in the calling thread.
 */
final class ReadAhead {
    /** Batches read but not yet written. */
    static final int QUEUED = 2;
    private static final Object[][] END = new Object[0][];

    private final SourceRows rows;
    private final int batch;
    private final BlockingQueue<Object[][]> queue = new ArrayBlockingQueue<>(QUEUED);
    private volatile boolean stop;
    private volatile Throwable failure;

    private ReadAhead(SourceRows rows, int batch) {
        this.rows = rows;
        this.batch = batch;
    }

    /**
     * @param rows the open source rows
     * @param sink where they go, in the calling thread
     * @param batch rows per hand-over
     * @param threadName the reader thread's name (shows in thread dumps and profiles)
     * @throws SQLException when the source or the destination fails
     */
    static void copy(SourceRows rows, RowSink sink, int batch, String threadName) throws SQLException {
        new ReadAhead(rows, batch).run(sink, threadName);
    }

    private void run(RowSink sink, String threadName) throws SQLException {
        Thread reader = new Thread(this::read, threadName);
        reader.setDaemon(true);
        reader.start();
        boolean done = false;
        try {
            write(sink);
            done = true;
        } finally {
            if (!done) {
                stop = true;
                queue.clear(); // unblocks a reader waiting to hand over a batch
            }
            joinUninterruptibly(reader);
        }
        Throwable f = failure;
        if (f != null) {
            rethrow(f);
        }
    }

    private void write(RowSink sink) throws SQLException {
        try {
            for (Object[][] b = queue.take(); b != END; b = queue.take()) {
                for (Object[] row : b) {
                    if (row == null) {
                        break;
                    }
                    sink.add(row);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while copying rows; the chunk's transaction must be rolled back", e);
        }
    }

    private void read() {
        try {
            int n;
            do {
                Object[][] b = new Object[batch][];
                n = rows.fill(b);
                if (n > 0 && !handOver(b)) {
                    return;
                }
            } while (n == batch && !stop);
        } catch (Throwable e) {
            failure = e;
        }
        handOver(END);
    }

    /** @return false when the writer gave up (it then neither waits for nor drains the queue) */
    private boolean handOver(Object[][] b) {
        try {
            while (!stop) {
                if (queue.offer(b, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable f) throws SQLException {
        if (f instanceof SQLException) {
            throw (SQLException) f;
        }
        if (f instanceof RuntimeException) {
            throw (RuntimeException) f;
        }
        if (f instanceof Error) {
            throw (Error) f;
        }
        throw new SQLException("Reading the source failed: " + f, f);
    }
}
