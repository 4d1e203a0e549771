package io.datacoolie.api;

import java.time.Duration;
import java.util.UUID;

/**
 * Settings of one driver run (reference §5.1). Immutable; change a copy with the {@code withXxx} methods.
 *
 * @param jobId identifies this job in watermarks and logs; non-blank (default: a random UUID)
 * @param jobNum number of processes sharing the dataflows, at least 1 (default 1)
 * @param jobIndex this process's shard, {@code 0 <= jobIndex < jobNum} (default 0)
 * @param maxWorkers dataflows run at the same time, at least 1 (default 8)
 * @param stopOnError stop starting dataflows after the first failure (default false)
 * @param retryCount retries after a failed attempt, not negative (default 0)
 * @param retryDelay delay before the first retry, doubled per retry and capped at 60 s; not negative
 *     (default 5 s)
 * @param dryRun list what would run without reading or writing (default false)
 */
public record RunConfig(String jobId, int jobNum, int jobIndex, int maxWorkers, boolean stopOnError, int retryCount,
        Duration retryDelay, boolean dryRun) {

    /** Default {@link #maxWorkers()}. */
    public static final int DEFAULT_MAX_WORKERS = 8;
    /** Default {@link #retryDelay()}. */
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(5);
    /** Upper bound of one backoff delay. */
    public static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(60);

    /**
     * Validates.
     *
     * @throws InvalidDataflowException naming the setting, the bad value and the valid range
     */
    public RunConfig {
        if (jobId == null || jobId.isBlank()) {
            throw new InvalidDataflowException("RunConfig.job_id must be a non-empty string, got '" + jobId
                    + "'. Leave it unset for a random id.");
        }
        if (jobNum < 1) {
            throw new InvalidDataflowException("RunConfig.job_num must be at least 1, got '" + jobNum + "'.");
        }
        if (jobIndex < 0) {
            throw new InvalidDataflowException("RunConfig.job_index must be non-negative, got '" + jobIndex + "'.");
        }
        if (jobIndex >= jobNum) {
            throw new InvalidDataflowException("RunConfig.job_index (" + jobIndex + ") must be less than job_num ("
                    + jobNum + "). Shards are numbered 0 to job_num - 1.");
        }
        if (maxWorkers < 1) {
            throw new InvalidDataflowException("RunConfig.max_workers must be at least 1, got '" + maxWorkers + "'.");
        }
        if (retryCount < 0) {
            throw new InvalidDataflowException("RunConfig.retry_count must be at least 0, got '" + retryCount
                    + "'.");
        }
        if (retryDelay == null) {
            retryDelay = DEFAULT_RETRY_DELAY;
        }
        if (retryDelay.isNegative()) {
            throw new InvalidDataflowException("RunConfig.retry_delay must be at least 0, got '" + retryDelay + "'.");
        }
    }

    /** @return the defaults, with a new random job id */
    public static RunConfig defaults() {
        return new RunConfig(UUID.randomUUID().toString(), 1, 0, DEFAULT_MAX_WORKERS, false, 0,
                DEFAULT_RETRY_DELAY, false);
    }

    /**
     * @param id the job id
     * @return a copy with this job id
     */
    public RunConfig withJobId(String id) {
        return new RunConfig(id, jobNum, jobIndex, maxWorkers, stopOnError, retryCount, retryDelay, dryRun);
    }

    /**
     * @param num number of shards
     * @param index this shard
     * @return a copy with this sharding
     */
    public RunConfig withShard(int num, int index) {
        return new RunConfig(jobId, num, index, maxWorkers, stopOnError, retryCount, retryDelay, dryRun);
    }

    /**
     * @param workers the parallelism
     * @return a copy with this parallelism
     */
    public RunConfig withMaxWorkers(int workers) {
        return new RunConfig(jobId, jobNum, jobIndex, workers, stopOnError, retryCount, retryDelay, dryRun);
    }

    /**
     * @param stop whether to stop after the first failure
     * @return a copy
     */
    public RunConfig withStopOnError(boolean stop) {
        return new RunConfig(jobId, jobNum, jobIndex, maxWorkers, stop, retryCount, retryDelay, dryRun);
    }

    /**
     * @param count retries after a failed attempt
     * @param delay the first backoff delay
     * @return a copy
     */
    public RunConfig withRetries(int count, Duration delay) {
        return new RunConfig(jobId, jobNum, jobIndex, maxWorkers, stopOnError, count, delay, dryRun);
    }

    /**
     * @param dry whether to only list the work
     * @return a copy
     */
    public RunConfig withDryRun(boolean dry) {
        return new RunConfig(jobId, jobNum, jobIndex, maxWorkers, stopOnError, retryCount, retryDelay, dry);
    }

    /**
     * The backoff before retry {@code k}: {@code min(retryDelay * 2^k, 60 s)}.
     *
     * @param retry 0-based retry number
     * @return the delay
     */
    public Duration backoff(int retry) {
        if (retry < 0) {
            throw new IllegalArgumentException("retry must not be negative: " + retry);
        }
        Duration d = retryDelay.multipliedBy(1L << Math.min(retry, 20));
        return d.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : d;
    }
}
