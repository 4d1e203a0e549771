package io.datacoolie.batch;

/**
 * The job parameters of the {@code datacoolie-replay} and {@code datacoolie-run} jobs. Every value is a string, as
 * Jakarta Batch requires. A job started with these parameters alone, for example by an application server's
 * {@code JobOperator}, builds everything it needs from them: no in-process registry is required.
 *
 * <p>Keep them small: the JDBC job repository stores all parameters in one VARCHAR(3000) column.
 *
 * <table>
 * <caption>Job parameters</caption>
 * <tr><th>name</th><th>jobs</th><th>required</th><th>meaning</th></tr>
 * <tr><td>{@value #METADATA}</td><td>both</td><td>yes</td><td>path of a JSON metadata file, or the JDBC URL of a
 *     metadata database holding the {@code dc_framework_*} tables</td></tr>
 * <tr><td>{@value #WORKSPACE}</td><td>both</td><td>no</td><td>workspace id for a metadata database</td></tr>
 * <tr><td>{@value #DATAFLOW}</td><td>both</td><td>yes</td><td>the dataflow's {@code dataflow_id} or
 *     {@code name}: one job execution per dataflow</td></tr>
 * <tr><td>{@value #START}</td><td>replay</td><td>yes</td><td>inclusive lower bound: {@code 2025-01-01},
 *     {@code 2025-01-01T06:00:00}, {@code 2025-01-01T00:00:00Z} or an integer</td></tr>
 * <tr><td>{@value #END}</td><td>replay</td><td>yes</td><td>exclusive upper bound, same kind as start</td></tr>
 * <tr><td>{@value #CHUNK}</td><td>replay</td><td>no</td><td>{@code UNIT=N} with UNIT one of years, months, weeks,
 *     days, hours, minutes, step; absent means one single chunk</td></tr>
 * <tr><td>{@value #SAVE_WATERMARK}</td><td>replay</td><td>no</td><td>{@code true} to save each chunk's upper bound
 *     as the production watermark; default {@code false}</td></tr>
 * <tr><td>{@value #CHUNK_COLUMN}</td><td>replay</td><td>no</td><td>the column chunks are cut on; default
 *     {@code source.watermark_columns[0]}</td></tr>
 * <tr><td>{@value #ZONE}</td><td>replay</td><td>no</td><td>IANA zone for calendar boundaries of naive bounds</td></tr>
 * <tr><td>{@value #FRESH}</td><td>replay</td><td>no</td><td>{@code true} to start over instead of resuming an
 *     unfinished replay of the same range</td></tr>
 * <tr><td>{@value #REPLAY_ID}</td><td>replay</td><td>no</td><td>resume this stored replay (its plan and ledger live in
 *     the destination database); normally left out: the job finds an unfinished replay of the same request
 *     itself</td></tr>
 * <tr><td>{@value #STATE_DIR}</td><td>both</td><td>no</td><td>directory for file watermarks and logs; default
 *     {@code .datacoolie} under the working directory</td></tr>
 * <tr><td>{@value #LOG_PATH}</td><td>both</td><td>no</td><td>base directory of the ETL log; default
 *     {@code <state_dir>/logs}</td></tr>
 * <tr><td>{@value #JOB_ID}</td><td>both</td><td>no</td><td>the DataCoolie job id written to logs and
 *     watermarks; default: a new UUID</td></tr>
 * <tr><td>{@value #RETRY_COUNT}</td><td>run</td><td>no</td><td>retries after a failed attempt; default 0</td></tr>
 * <tr><td>{@value #RETRY_DELAY}</td><td>run</td><td>no</td><td>seconds before the first retry, doubled each time,
 *     at most 60; default 5</td></tr>
 * <tr><td>{@value #CONTEXT}</td><td>both</td><td>no</td><td>internal: set by {@link DataCoolieDriver} to hand its
 *     open connections and in-memory dataflows to the job in the same JVM; ignored when unknown</td></tr>
 * </table>
 */
public final class JobParameters {
    /** Name of the replay job XML. */
    public static final String REPLAY_JOB = "datacoolie-replay";
    /** Name of the incremental job XML. */
    public static final String RUN_JOB = "datacoolie-run";

    /** Metadata file path or JDBC URL. */
    public static final String METADATA = "metadata";
    /** Workspace id for a metadata database. */
    public static final String WORKSPACE = "workspace";
    /** Dataflow id or name. */
    public static final String DATAFLOW = "dataflow";
    /** The dataflow's name, for people reading the job repository ({@code status}); never used to find it. */
    public static final String DATAFLOW_NAME = "dataflow_name";
    /** Inclusive lower bound. */
    public static final String START = "start";
    /** Exclusive upper bound. */
    public static final String END = "end";
    /** Chunk interval as {@code UNIT=N}. */
    public static final String CHUNK = "chunk";
    /** Whether to save each chunk's upper bound as the watermark. */
    public static final String SAVE_WATERMARK = "save_watermark";
    /** The chunk column override. */
    public static final String CHUNK_COLUMN = "chunk_column";
    /** IANA zone id. */
    public static final String ZONE = "zone";
    /** Start over instead of resuming. */
    public static final String FRESH = "fresh";
    /** A stored replay to resume. */
    public static final String REPLAY_ID = "replay_id";
    /** State directory. */
    public static final String STATE_DIR = "state_dir";
    /** ETL log base directory. */
    public static final String LOG_PATH = "log_path";
    /** DataCoolie job id. */
    public static final String JOB_ID = "job_id";
    /** Retries after a failed attempt. */
    public static final String RETRY_COUNT = "retry_count";
    /** First retry delay in seconds. */
    public static final String RETRY_DELAY = "retry_delay";
    /** In-process context handle. */
    public static final String CONTEXT = "datacoolie.context";

    private JobParameters() {
    }
}
