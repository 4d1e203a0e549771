package io.datacoolie.batch.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryTest {
    @Test
    void everyAttemptFails_reportsTheRetriesUsed_notZero() {
        AtomicInteger calls = new AtomicInteger();
        Retry.Outcome<String> o = Retry.run(2, Duration.ZERO, () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("boom " + calls.get());
        });
        assertEquals(3, calls.get());
        assertEquals(2, o.retries(), "the original reported 0 here (W12)");
        assertEquals("boom 3", o.error().getMessage());
        assertNull(o.value());
    }

    @Test
    void secondAttemptSucceeds_oneRetry() {
        AtomicInteger calls = new AtomicInteger();
        Retry.Outcome<String> o = Retry.run(3, Duration.ZERO, () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("first");
            }
            return "ok";
        });
        assertEquals("ok", o.value());
        assertEquals(1, o.retries());
        assertNull(o.error());
    }

    @Test
    void backoff_doublesAndCapsAt60Seconds() {
        Duration d = Duration.ofSeconds(5);
        assertEquals(5_000, Retry.backoffMillis(d, 0));
        assertEquals(10_000, Retry.backoffMillis(d, 1));
        assertEquals(40_000, Retry.backoffMillis(d, 3));
        assertEquals(60_000, Retry.backoffMillis(d, 4));
        assertEquals(60_000, Retry.backoffMillis(d, 40));
        assertEquals(0, Retry.backoffMillis(Duration.ZERO, 10));
    }
}
