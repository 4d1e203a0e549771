package io.datacoolie.batch;

import java.sql.Connection;

/**
 * An H2 row trigger that makes every insert into the destination take a few milliseconds, so that a chunk of the
 * crash test is still in flight when the test kills the process. It slows the database; it changes no result.
 */
public class SlowInsertTrigger implements org.h2.api.Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws java.sql.SQLException {
        try {
            Thread.sleep(Long.getLong("datacoolie.test.slowInsertMillis", 40));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
