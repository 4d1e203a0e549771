package io.datacoolie.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.LoadType;
import io.datacoolie.api.chunk.ChunkInterval;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ChunkTransfer on embedded H2: shared destination state, and the statements each chunk runs. */
class ChunkTransferTest {

    private static long deletes(TransferResult r) {
        return r.statements().stream().filter(b -> b.sql().startsWith("DELETE")).count();
    }

    @Test
    void newTransferPerChunk_sharesState_soOnlyOverlappingRangesDelete() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:ct1;DB_CLOSE_DELAY=-1", "sa", "")) {
            c.createStatement().execute("CREATE TABLE src (id BIGINT, d DATE)");
            c.createStatement().execute("INSERT INTO src SELECT x, DATE '2024-01-01' + CAST(x AS INT) FROM"
                    + " SYSTEM_RANGE(0, 59)");
            DataFlow f = Flows.flow().table(null, "src").watermarks("d").destination("dst", LoadType.APPEND).build();
            DataflowSql sql = DataflowSql.compile(f, TableSchema.read(c, null, "src").orElseThrow(), Dialect.H2,
                    Dialect.H2);
            new ChunkTransfer(sql, TransferOptions.DEFAULTS).prepareDestination(c, c);
            LocalDate jan = LocalDate.of(2024, 1, 1);
            long[] deletes = new long[3];
            LocalDate[][] ranges = {{jan, jan.plusMonths(1)}, {jan.plusMonths(1), jan.plusMonths(2)}, {jan,
                jan.plusMonths(1)}};
            for (int i = 0; i < 3; i++) {
                TransferResult r = new ChunkTransfer(sql, TransferOptions.DEFAULTS).execute(c, c, ReadWindow.chunk(null,
                        ChunkInterval.of(ranges[i][0], ranges[i][1]), null), "r" + i, Instant.EPOCH);
                deletes[i] = deletes(r);
            }
            assertEquals("0 0 1", deletes[0] + " " + deletes[1] + " " + deletes[2]);
            assertEquals(60, Rows.count(c, "SELECT COUNT(*) FROM dst"));
        }
    }

    @Test
    void inclusiveLowerBound_rendersGreaterOrEqual() {
        TableSchema s = SqlFixture.ORDERS;
        BoundSql b = DataflowSql.compile(Flows.flow().table("sales", "orders").watermarks("updated_at", "id")
                .select("id").build(), s, Dialect.H2, Dialect.H2).read(ReadWindow.after(Map.of("updated_at",
                        LocalDate.of(2024, 1, 1), "id", 7L), Set.of("updated_at")));
        assertEquals("SELECT \"id\" FROM \"sales\".\"orders\" WHERE ((\"updated_at\" >= ?) OR (\"id\" > ?))", b.sql());
        assertEquals(List.of(LocalDate.of(2024, 1, 1).atStartOfDay(), 7L), b.binds());
    }
}
