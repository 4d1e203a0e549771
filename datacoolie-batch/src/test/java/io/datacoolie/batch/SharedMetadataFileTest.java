package io.datacoolie.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.batch.cli.CliRun;
import io.datacoolie.batch.cli.Main;
import io.datacoolie.batch.runtime.BatchRuntime;
import io.datacoolie.testkit.TestDb;
import jakarta.batch.runtime.BatchStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A metadata file shared with the Python build: selecting its valid dataflow works although another one is invalid
 * in this edition, and selecting the invalid one fails with its one clear error. On the command line and through
 * job parameters alone.
 */
class SharedMetadataFileTest {
    private static final String LAKE_ERROR = "Dataflow 'orders_to_lake', dataflows[1].transform.hash_columns:"
            + " 'hash_columns' (dc_hash_v1 SHA-256 row hashes) is a field of the Python original that this JDBC"
            + " edition cannot honour. Remove it, or run this dataflow with the Python edition.";

    @TempDir
    Path dir;

    private String metadata(TestDb db) throws Exception {
        Fixture.orders(db, "orders");
        Path meta = dir.resolve("shared.json");
        Files.writeString(meta, "{\"connections\": [{\"name\": \"dw\", \"connection_type\": \"database\","
                + " \"format\": \"sql\", \"configure\": {\"url\": \"" + db.url() + "\", \"username\": \"sa\"}},"
                + " {\"name\": \"lake\", \"connection_type\": \"lakehouse\", \"format\": \"delta\","
                + " \"configure\": {\"base_path\": \"/lake\"}}],"
                + " \"dataflows\": [{\"name\": \"orders_b2s\", \"stage\": \"bronze2silver\", \"source\":"
                + " {\"connection_name\": \"dw\", \"table\": \"orders\", \"watermark_columns\": [\"updated_at\"]},"
                + " \"destination\": {\"connection_name\": \"dw\", \"table\": \"orders_silver\","
                + " \"load_type\": \"append\"}},"
                + " {\"name\": \"orders_to_lake\", \"stage\": \"lake\", \"source\": {\"connection_name\": \"dw\","
                + " \"table\": \"orders\", \"watermark_columns\": [\"updated_at\"]}, \"transform\": {\"hash_columns\":"
                + " [{\"columns\": [\"id\"], \"target\": \"row_hash\"}]}, \"destination\": {\"connection_name\":"
                + " \"lake\", \"table\": \"orders\", \"load_type\": \"append\"}}]}");
        return meta.toString();
    }

    @Test
    void commandLine_selectingTheValidDataflow_runsAndReplays() throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.H2)) {
            String meta = metadata(db);
            String state = dir.resolve("state").toString();
            CliRun r = CliRun.of("run", "--metadata", meta, "--dataflow", "orders_b2s", "--state-dir", state);
            assertEquals(0, r.code(), r.out() + r.err());
            assertTrue(r.out().contains("orders_b2s: succeeded"), r.out());
            assertEquals(Fixture.rows(db, "SELECT COUNT(*) FROM orders"),
                    Fixture.rows(db, "SELECT COUNT(*) FROM orders_silver"));
            try (var folders = Files.list(Path.of(state, "watermarks"))) {
                assertEquals(List.of(true), folders.map(f -> f.getFileName().toString()
                        .startsWith("bronze2silver_orders_b2s_")).toList(), "folder named from the dataflow");
            }
            r = CliRun.of("replay", "--metadata", meta, "--stage", "bronze2silver", "--start", "2025-01-01",
                    "--end", "2025-03-01", "--chunk", "months=1", "--state-dir", state);
            assertEquals(0, r.code(), r.out() + r.err());
            assertTrue(r.out().contains("total=2 succeeded=2 failed=0"), r.out());
        }
    }

    @Test
    void commandLine_selectingTheInvalidDataflow_failsWithItsOneError() throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.H2)) {
            String meta = metadata(db);
            String state = dir.resolve("state").toString();
            CliRun r = CliRun.of("run", "--metadata", meta, "--dataflow", "orders_to_lake", "--state-dir",
                    state);
            assertEquals(Main.BAD_INPUT, r.code(), r.out() + r.err());
            assertTrue(r.err().contains(LAKE_ERROR), r.err());
            assertTrue(r.err().contains("Connection 'lake': connection_type 'lakehouse' cannot be honoured"), r.err());
            assertFalse(r.err().contains("orders_b2s"), r.err());
            r = CliRun.of("replay", "--metadata", meta, "--stage", "lake", "--start", "2025-01-01",
                    "--end", "2025-03-01", "--state-dir", state);
            assertEquals(Main.BAD_INPUT, r.code(), r.out() + r.err());
            assertTrue(r.err().contains(LAKE_ERROR), r.err());
            assertFalse(Files.exists(Path.of(state, "watermarks")), "nothing ran");
        }
    }

    @Test
    void commandLine_unknownDataflow_listsEveryDataflowOfTheFile() throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.H2)) {
            CliRun r = CliRun.of("run", "--metadata", metadata(db), "--dataflow", "orders_b2z",
                    "--state-dir", dir.resolve("state").toString());
            assertEquals(Main.BAD_INPUT, r.code(), r.out() + r.err());
            assertTrue(r.err().contains("Unknown dataflow 'orders_b2z'; did you mean 'orders_b2s'? Known dataflows:"
                    + " orders_b2s, orders_to_lake."), r.err());
        }
    }

    @Test
    void jobParameters_validDataflowRuns_invalidOneFailsWithItsError() throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.H2);
                BatchRuntime rt = BatchRuntime.open("jdbc:h2:mem:shared" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "sa", "")) {
            String meta = metadata(db);
            long ok = rt.operator().start(JobParameters.RUN_JOB, params(meta, "orders_b2s"));
            assertEquals(Optional.empty(), JobWaiter.await(rt.operator(), ok, params(meta, "orders_b2s")));
            assertEquals(BatchStatus.COMPLETED, rt.operator().getJobExecution(ok).getBatchStatus());
            assertEquals(Fixture.rows(db, "SELECT COUNT(*) FROM orders"),
                    Fixture.rows(db, "SELECT COUNT(*) FROM orders_silver"));

            long bad = rt.operator().start(JobParameters.RUN_JOB, params(meta, "orders_to_lake"));
            // Its message is longer than the repository's 512-character exit status: cut, not a 60 s hang.
            Optional<String> error = assertTimeout(Duration.ofSeconds(30),
                    () -> JobWaiter.await(rt.operator(), bad, params(meta, "orders_to_lake")));
            assertEquals(BatchStatus.FAILED, rt.operator().getJobExecution(bad).getBatchStatus());
            String e = error.orElseThrow();
            assertTrue(e.startsWith("Invalid metadata in file '" + meta + "'"), e);
            assertTrue(e.contains("Connection 'lake': connection_type 'lakehouse' cannot be honoured"), e);
            assertTrue(e.endsWith(" ... (cut; the whole message is in the log)"), e);
            assertEquals(512 - "FAILED: ".length(), e.length(), e);
            assertFalse(e.contains("orders_b2s"), e);

            long unknown = rt.operator().start(JobParameters.RUN_JOB, params(meta, "orders_b2z"));
            String u = JobWaiter.await(rt.operator(), unknown, params(meta, "orders_b2z")).orElseThrow();
            assertEquals(BatchStatus.FAILED, rt.operator().getJobExecution(unknown).getBatchStatus());
            assertTrue(u.contains("Job parameter 'dataflow' (metadata file:" + meta + "): Unknown dataflow"
                    + " 'orders_b2z'; did you mean 'orders_b2s'? Known dataflows: orders_b2s, orders_to_lake. Set it"
                    + " to a dataflow_id or name."), u);
        }
    }

    @Test
    void javaApi_driverOnTheSharedFile_runsTheDataflowItIsGiven() throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.H2)) {
            io.datacoolie.metadata.FileMetadataProvider file = new io.datacoolie.metadata.FileMetadataProvider(
                    Path.of(metadata(db)));
            Path state = dir.resolve("driver-state");
            // Building the driver loads no dataflow: the invalid one in the file does not stop it.
            try (DataCoolieDriver driver = DataCoolieDriver.builder().metadata(file).stateDir(state).build()) {
                var result = driver.run(file.pick(List.of("orders_b2s"), java.util.Set.of(), false));
                assertEquals(1, result.succeeded(), result.errors().toString());
            }
            assertEquals(Fixture.rows(db, "SELECT COUNT(*) FROM orders"),
                    Fixture.rows(db, "SELECT COUNT(*) FROM orders_silver"));
            try (var folders = Files.list(state.resolve("watermarks"))) {
                assertEquals(List.of(true), folders.map(f -> f.getFileName().toString()
                        .startsWith("bronze2silver_orders_b2s_")).toList(), "folder named from the dataflow");
            }
        }
    }

    private Properties params(String meta, String dataflow) {
        Properties p = new Properties();
        p.setProperty(JobParameters.METADATA, meta);
        p.setProperty(JobParameters.DATAFLOW, dataflow);
        p.setProperty(JobParameters.STATE_DIR, dir.resolve("job-state").toString());
        return p;
    }
}
