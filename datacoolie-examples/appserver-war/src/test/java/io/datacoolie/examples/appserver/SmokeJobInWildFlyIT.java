package io.datacoolie.examples.appserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.datacoolie.testkit.TestDb;
import io.datacoolie.testkit.TestDb.Kind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The WAR's own smoke job in WildFly: a CDI-named artifact, a WEB-INF/lib JDBC driver, and a partition restart. */
class SmokeJobInWildFlyIT {

    private final AppServer server = AppServer.fromBuild();

    @Test
    void smokeJob_failedPartition_isTheOnlyOneTheServersRestartReruns() throws SQLException {
        try (TestDb db = TestDb.open(Kind.POSTGRES)) {
            db.execute("CREATE TABLE smoke_run (partition_index INT NOT NULL)");
            Map<String, String> params = Map.of(
                    "jdbcUrl", db.url() + "&user=" + db.user(), "table", "smoke_run", "failPartition", "1");

            JsonNode first = server.start("datacoolie-smoke", params);
            assertEquals("FAILED", first.path("batchStatus").asText(), first::toString);
            assertTrue(first.path("operator").asText().startsWith("org.jberet."), first::toString);
            assertEquals(List.of(0, 2), partitionsRun(db));
            assertEquals("0=COMPLETED 1=FAILED 2=COMPLETED", AppServer.partitions(first), first::toPrettyString);

            JsonNode second = server.restart(first.path("executionId").asLong(), Map.of("failPartition", "none"));
            assertEquals("COMPLETED", second.path("batchStatus").asText(), second::toString);
            assertNotEquals(first.path("executionId").asLong(), second.path("executionId").asLong());
            assertEquals(first.path("instanceId").asLong(), second.path("instanceId").asLong());
            assertEquals(List.of(0, 1, 2), partitionsRun(db), "only partition 1 ran again");
            assertEquals("1=COMPLETED", AppServer.partitions(second), second::toPrettyString);
        }
    }

    private static List<Integer> partitionsRun(TestDb db) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT partition_index FROM smoke_run ORDER BY partition_index")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }
}
