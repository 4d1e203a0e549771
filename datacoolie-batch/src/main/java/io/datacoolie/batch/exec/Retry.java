package io.datacoolie.batch.exec;

import java.time.Duration;

/**
 * Retries with exponential backoff: attempt k+1 waits {@code min(delay * 2^k, 60 s)}. The number of retries used is
 * reported also when every attempt failed (the original reported 0 then: W12).
 */
public final class Retry {
    private static final long MAX_MILLIS = 60_000;

    private Retry() {
    }

    /** A unit of work that may fail. @param <T> its result */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @return the result
         * @throws Exception on failure
         */
        T call() throws Exception;
    }

    /**
     * The outcome of all attempts.
     *
     * @param value the last successful result, or null
     * @param error the last failure when every attempt failed, else null
     * @param retries attempts after the first
     * @param <T> the result type
     */
    public record Outcome<T>(T value, Exception error, int retries) {
    }

    /**
     * @param retryCount retries after the first attempt
     * @param delay the first backoff delay
     * @param work the work
     * @param <T> its result type
     * @return the outcome; never throws the work's exception
     */
    public static <T> Outcome<T> run(int retryCount, Duration delay, Work<T> work) {
        Exception last = null;
        for (int attempt = 0; attempt <= retryCount; attempt++) {
            if (attempt > 0 && !sleep(backoffMillis(delay, attempt - 1))) {
                return new Outcome<>(null, last, attempt - 1);
            }
            try {
                return new Outcome<>(work.call(), null, attempt);
            } catch (Exception e) {
                last = e;
            }
        }
        return new Outcome<>(null, last, retryCount);
    }

    /**
     * @param delay the first delay
     * @param k 0-based retry number
     * @return {@code min(delay * 2^k, 60 s)} in milliseconds
     */
    public static long backoffMillis(Duration delay, int k) {
        long base = delay.toMillis();
        return k >= 31 || base > (MAX_MILLIS >> Math.min(k, 30)) ? MAX_MILLIS : Math.min(MAX_MILLIS, base << k);
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
