package io.datacoolie.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.datacoolie.api.Backward;
import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.Destination;
import io.datacoolie.api.LoadType;
import io.datacoolie.api.Source;
import io.datacoolie.api.run.ExecutionResult;
import io.datacoolie.metadata.watermark.FileWatermarkStore;
import io.datacoolie.testkit.TestDb;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backward look-back on H2 with real rows: the first incremental run loads everything (watermark 2025-03-31 10:00),
 * the second re-reads exactly the rows after the shifted watermark, which an append destination then holds twice.
 */
class BackwardLookbackTest {
    @TempDir
    Path state;

    static Stream<Arguments> lookbacks() {
        return Stream.of(
                Arguments.of("none", null, "2025-04-03", List.of()),
                Arguments.of("days=1", new Backward(1, null, null, null, null), "2025-04-03", List.of(6, 7, 8, 9)),
                Arguments.of("hours=2", new Backward(null, 2, null, null, null), "2025-04-03", List.of(8, 9)),
                // Mar 31 minus a month is clamped to Feb 28
                Arguments.of("months=1", new Backward(null, null, 1, null, null), "2025-04-03",
                        List.of(4, 5, 6, 7, 8, 9)),
                Arguments.of("years=1", new Backward(null, null, null, 1, null), "2025-04-03",
                        List.of(2, 3, 4, 5, 6, 7, 8, 9)),
                Arguments.of("days=1,hours=2", new Backward(1, 2, null, null, null), "2025-04-03",
                        List.of(5, 6, 7, 8, 9)),
                // today (Apr 3) is on or before the closing day: from the 1st of the previous month
                Arguments.of("closing_day=5 on Apr 3", new Backward(null, null, null, null, 5), "2025-04-03",
                        List.of(5, 6, 7, 8, 9)),
                // today (Apr 10) is after the closing day: from the 1st of this month, which nothing is after
                Arguments.of("closing_day=5 on Apr 10", new Backward(null, null, null, null, 5), "2025-04-10",
                        List.of()),
                // on the closing day itself: still the previous month
                Arguments.of("closing_day=10 on Apr 10", new Backward(null, null, null, null, 10), "2025-04-10",
                        List.of(5, 6, 7, 8, 9)),
                // closing_day ignores days and hours, and then goes back months
                Arguments.of("closing_day=5,months=1,days=400", new Backward(400, 30, 1, null, 5), "2025-04-03",
                        List.of(3, 4, 5, 6, 7, 8, 9)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookbacks")
    void secondIncrementalRun_rereadsExactlyTheLookbackWindow(String name, Backward backward, String today,
            List<Integer> reread) {
        try (TestDb db = TestDb.open(TestDb.Kind.H2)) {
            db.execute(Fixture.ordersDdl("orders", false), "INSERT INTO orders VALUES"
                    + " (1, TIMESTAMP '2024-03-31 10:00:00', 'a', 1), (2, TIMESTAMP '2024-03-31 10:01:00', 'a', 2),"
                    + " (3, TIMESTAMP '2025-02-28 09:00:00', 'a', 3), (4, TIMESTAMP '2025-02-28 10:01:00', 'a', 4),"
                    + " (5, TIMESTAMP '2025-03-30 08:30:00', 'a', 5), (6, TIMESTAMP '2025-03-30 10:01:00', 'a', 6),"
                    + " (7, TIMESTAMP '2025-03-31 07:59:00', 'a', 7), (8, TIMESTAMP '2025-03-31 08:01:00', 'a', 8),"
                    + " (9, TIMESTAMP '2025-03-31 10:00:00', 'a', 9)");
            Fixture.target(db, "orders_silver");
            Connection c = Fixture.connection(db, "dw");
            DataFlow df = new DataFlow(null, "orders_lookback", null, null, "bronze2silver", null, null, null, true,
                    new Source(c, null, "orders", null, List.of("updated_at"), null, null, backward), null,
                    new Destination(c, null, "orders_silver", LoadType.APPEND, null, null, null), null);
            FileWatermarkStore wm = new FileWatermarkStore(state, List.of());
            Clock clock = Clock.fixed(Instant.parse(today + "T12:00:00Z"), ZoneOffset.UTC);
            try (DataCoolieDriver driver = DataCoolieDriver.builder().stateDir(state).watermarks(wm).clock(clock)
                    .build()) {
                ExecutionResult first = driver.run(List.of(df));
                assertEquals(1, first.succeeded(), first.toString());
                String watermark = wm.get(df.dataflowId()).orElseThrow();
                ExecutionResult second = driver.run(List.of(df));
                assertEquals(0, second.failed(), second.toString());
                assertEquals(reread.isEmpty() ? 1 : 0, second.skipped(), name);
                assertEquals(watermark, wm.get(df.dataflowId()).orElseThrow(), "re-reading does not move it back");
            }
            assertEquals(9, Fixture.rows(db, "SELECT DISTINCT id FROM orders_silver").size());
            assertEquals(reread.stream().map(i -> List.<Object>of(i.toString())).toList(), Fixture.rows(db,
                    "SELECT id FROM orders_silver GROUP BY id HAVING COUNT(*) = 2 ORDER BY id"), name);
            assertEquals(List.of(), Fixture.rows(db,
                    "SELECT id FROM orders_silver GROUP BY id HAVING COUNT(*) > 2"), name);
        }
    }
}
