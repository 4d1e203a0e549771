package io.datacoolie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunConfigTest {

    @Test
    void defaults_matchReference() {
        RunConfig c = RunConfig.defaults();
        assertEquals(1, c.jobNum());
        assertEquals(0, c.jobIndex());
        assertEquals(8, c.maxWorkers());
        assertEquals(0, c.retryCount());
        assertEquals(Duration.ofSeconds(5), c.retryDelay());
        assertFalse(c.stopOnError());
        assertFalse(c.dryRun());
        assertEquals(36, c.jobId().length());
    }

    @Test
    void jobIndex_notBelowJobNum_fails() {
        InvalidDataflowException e = assertThrows(InvalidDataflowException.class,
                () -> RunConfig.defaults().withShard(2, 2));
        assertEquals("RunConfig.job_index (2) must be less than job_num (2). Shards are numbered 0 to job_num - 1.",
                e.getMessage());
    }

    @Test
    void badValues_fail() {
        assertThrows(InvalidDataflowException.class, () -> RunConfig.defaults().withMaxWorkers(0));
        assertThrows(InvalidDataflowException.class, () -> RunConfig.defaults().withRetries(-1, Duration.ZERO));
        assertThrows(InvalidDataflowException.class, () -> RunConfig.defaults().withJobId(" "));
        assertThrows(InvalidDataflowException.class, () -> RunConfig.defaults().withShard(0, 0));
    }

    @Test
    void backoff_doublesAndCapsAtSixtySeconds() {
        RunConfig c = RunConfig.defaults().withRetries(5, Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(5), c.backoff(0));
        assertEquals(Duration.ofSeconds(20), c.backoff(2));
        assertEquals(Duration.ofSeconds(60), c.backoff(4));
    }
}
