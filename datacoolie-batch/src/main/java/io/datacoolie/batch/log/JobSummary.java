package io.datacoolie.batch.log;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings part of a {@code job_run_log} record (reference §4.3).
 *
 * @param jobId the job id
 * @param jobNum number of shards
 * @param jobIndex this shard
 * @param stages the stages asked for, possibly empty
 * @param metadataProvider description of the metadata source
 * @param maxWorkers parallelism
 * @param stopOnError stop setting
 * @param retryCount retries
 * @param retryDelaySeconds first retry delay
 * @param startTime when the session started
 */
public record JobSummary(String jobId, int jobNum, int jobIndex, List<String> stages, String metadataProvider,
        int maxWorkers, boolean stopOnError, int retryCount, double retryDelaySeconds, Instant startTime) {

    /** Copies. */
    public JobSummary {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    Map<String, Object> toRecord() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("_type", "job_run_log");
        m.put("job_id", jobId);
        m.put("job_num", jobNum);
        m.put("job_index", jobIndex);
        m.put("workspace_id", null);
        m.put("stages", stages.size() == 1 ? stages.get(0) : stages.isEmpty() ? null : stages);
        m.put("engine_name", "jdbc");
        m.put("platform_name", "jberet");
        m.put("metadata_provider_name", metadataProvider);
        m.put("watermark_manager_name", null);
        m.put("max_workers", maxWorkers);
        m.put("stop_on_error", stopOnError);
        m.put("retry_count", retryCount);
        m.put("retry_delay", retryDelaySeconds);
        m.put("dry_run", false);
        m.put("start_time", startTime.toString());
        return m;
    }
}
