-- DataCoolie watermarks (postgresql): the original's dc_framework_watermarks (reference §2.1), ids widened.
CREATE TABLE IF NOT EXISTS dc_framework_watermarks (
  watermark_id VARCHAR(36) NOT NULL PRIMARY KEY,
  dataflow_id VARCHAR(100) NOT NULL UNIQUE,
  current_value TEXT,
  previous_value TEXT,
  job_id VARCHAR(100),
  dataflow_run_id VARCHAR(100),
  updated_at TIMESTAMP
);
