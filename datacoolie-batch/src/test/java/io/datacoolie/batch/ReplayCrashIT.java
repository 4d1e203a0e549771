package io.datacoolie.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.run.ExecutionResult;
import io.datacoolie.testkit.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay with save_watermark is killed with SIGKILL after chunk 2 of 6, in a child JVM. The parent stops it by
 * watching the ledger in the destination (no timing guess: a row trigger keeps each chunk in flight for seconds),
 * then runs the same replay again. On H2 (job repository an H2 file) and on PostgreSQL (job repository in it too).
 */
class ReplayCrashIT {
    @TempDir
    Path dir;

    @Test
    void h2_killedAfterChunk2_runAgain_runsChunks3To6_destinationEqualsCleanRun_watermarkIsEnd() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("dw") + ";AUTO_SERVER=TRUE";
        // This connection stays open: this JVM hosts the database, the child connects to it.
        try (java.sql.Connection host = DriverManager.getConnection(url, "sa", "")) {
            crashAndResume(host, url, "sa", "", "PUBLIC", false, List.of("CREATE TRIGGER slow BEFORE INSERT ON"
                    + " orders_silver FOR EACH ROW CALL \"" + SlowInsertTrigger.class.getName() + "\""),
                    "DROP TRIGGER slow");
        }
    }

    /** PostgreSQL as source, destination, ledger and job repository; the killed backend's rollback is waited for. */
    @Test
    void postgres_killedAfterChunk2_runAgain_runsChunks3To6_destinationEqualsCleanRun_watermarkIsEnd()
            throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.POSTGRES); java.sql.Connection host = db.connect()) {
            crashAndResume(host, db.url(), db.user(), db.password(), db.schema(), true, List.of(
                    "CREATE FUNCTION slow_insert() RETURNS trigger AS $$ BEGIN PERFORM pg_sleep(0.04); RETURN NEW;"
                            + " END $$ LANGUAGE plpgsql",
                    "CREATE TRIGGER slow BEFORE INSERT ON orders_silver FOR EACH ROW EXECUTE FUNCTION slow_insert()"),
                    // waits for the ACCESS EXCLUSIVE lock, i.e. until the killed child's transaction rolled back
                    "DROP TRIGGER slow ON orders_silver");
        }
    }

    /** MariaDB as source, destination, ledger and job repository. */
    @Test
    void mariadb_killedAfterChunk2_runAgain_runsChunks3To6_destinationEqualsCleanRun_watermarkIsEnd()
            throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.MARIADB); java.sql.Connection host = db.connect()) {
            crashAndResume(host, db.url(), db.user(), db.password(), db.schema(), true, List.of(
                    "CREATE TRIGGER slow BEFORE INSERT ON orders_silver FOR EACH ROW SET @slept = SLEEP(0.04)"),
                    // waits for the metadata lock, i.e. until the killed child's transaction rolled back
                    "DROP TRIGGER slow");
        }
    }

    private void crashAndResume(java.sql.Connection host, String url, String user, String password, String schema,
            boolean repositoryInDb, List<String> slow, String fast) throws Exception {
        Path state = dir.resolve("state");
        boolean maria = url.startsWith("jdbc:mariadb");
        exec(host, Fixture.ordersDdl("orders", maria));
        exec(host, Fixture.targetDdl("orders_silver", maria));
        Fixture.insertOrders(host, "orders", java.time.LocalDate.of(2024, 10, 20), java.time.LocalDate.of(2025, 5, 10));
        for (String sql : slow) {
            exec(host, sql);
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dorg.jboss.logging.provider=slf4j",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", ReplayChild.class.getName(), url, user, password,
                state.toString(), repositoryInDb ? "repo" : "file").redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.currentTimeMillis() + 120_000;
            while (count(host, "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) ="
                    + " 'datacoolie_replay_chunk' AND LOWER(table_schema) = LOWER('" + schema + "')") == 0
                    || count(host, "SELECT COUNT(*) FROM datacoolie_replay_chunk WHERE status = 'succeeded'") < 2) {
                assertTrue(child.isAlive(), "the child ended early: " + Files.readString(dir.resolve("child.log")));
                assertTrue(System.currentTimeMillis() < deadline, "chunk 2 did not complete in time");
                Thread.sleep(10);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        exec(host, fast);
        assertEquals(2, count(host, "SELECT COUNT(*) FROM datacoolie_replay_chunk WHERE status = 'succeeded'"),
                "killed while chunk 3 was in flight");

        DataFlow df = ReplayChild.flow(url, user, password);
        ExecutionResult r;
        try (DataCoolieDriver driver = ReplayChild.driver(state, repositoryInDb ? url : null, user, password)) {
            r = driver.runReplay(List.of(df), ReplayChild.REPLAY);
            assertEquals(6, r.total(), r.toString());
            assertEquals(4, r.succeeded(), "chunks 3 to 6 ran: " + r);
            assertEquals(2, r.skipped(), "chunks 1 and 2 were done before the kill: " + r);
            assertEquals(rows(host, "SELECT id, updated_at, status, amount FROM orders WHERE updated_at >="
                    + " TIMESTAMP '2024-11-01 00:00:00' AND updated_at < TIMESTAMP '2025-05-01 00:00:00' ORDER BY id"),
                    rows(host, "SELECT id, updated_at, status, amount FROM orders_silver ORDER BY id"));
            String wm = Files.readString(new io.datacoolie.metadata.watermark.FileWatermarkStore(state, List.of(df))
                    .folder(df.dataflowId()).resolve("watermark_value.json"));
            assertTrue(wm.contains("\"updated_at\": {\"__date__\": \"2025-05-01\"}"), wm);

            List<Long> running = new ArrayList<>();
            try {
                running.addAll(driver.runtime().operator().getRunningExecutions("datacoolie-replay"));
            } catch (jakarta.batch.operations.NoSuchJobException none) {
                // nothing running
            }
            assertEquals(List.of(), running, "the killed execution was recovered, not left STARTED");
            ExecutionResult next = driver.run(List.of(df));
            assertEquals(1, next.succeeded(), next.toString());
        }
        assertEquals(1, count(host, "SELECT COUNT(*) FROM orders_silver WHERE updated_at = TIMESTAMP"
                + " '2025-05-01 00:00:00'"), "the row equal to the old end is loaded by the next run");
        assertEquals(count(host, "SELECT COUNT(*) FROM orders WHERE updated_at >= TIMESTAMP '2024-11-01 00:00:00'"),
                count(host, "SELECT COUNT(*) FROM orders_silver"));
    }

    private static void exec(java.sql.Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(java.sql.Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> rows(java.sql.Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
            }
        }
        return out;
    }
}
