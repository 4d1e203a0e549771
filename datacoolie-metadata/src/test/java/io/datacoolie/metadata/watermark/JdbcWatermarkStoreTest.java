package io.datacoolie.metadata.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.metadata.MetadataSchema;
import io.datacoolie.testkit.TestDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcWatermarkStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:15:30Z"), ZoneOffset.UTC);

    private static JdbcWatermarkStore store(TestDb db) throws Exception {
        try (Connection c = db.connect()) {
            MetadataSchema.createWatermarks(c);
            MetadataSchema.createWatermarks(c); // idempotent
        }
        return new JdbcWatermarkStore(db::connect, "dc_framework_watermarks", CLOCK);
    }

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void put_rotatesCurrentIntoPrevious_withJobRunAndTime(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            JdbcWatermarkStore store = store(db);
            assertEquals(Optional.empty(), store.get("df-1"));
            store.put("df-1", "{\"id\": 1}", "job-a", "run-1");
            store.put("df-1", "{\"id\": 2}", "job-b", "run-2");
            WatermarkRecord r = store.read("df-1").orElseThrow();
            assertEquals(new WatermarkRecord("df-1", "{\"id\": 2}", "{\"id\": 1}", "job-b", "run-2",
                    LocalDateTime.of(2026, 11, 26, 10, 15, 30)), r);
            assertEquals(Optional.of("{\"id\": 2}"), store.get("df-1"));
            assertEquals(Optional.empty(), store.get("df-2"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void putInCallersTransaction_commitsOrRollsBackWithTheRows(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            JdbcWatermarkStore store = store(db);
            db.execute("CREATE TABLE dest_rows (id INT)");
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO dest_rows VALUES (1)");
                }
                store.put(c, "df-tx", "{\"id\": 1}", "job", "run-1");
                c.rollback();
                assertEquals(Optional.empty(), store.get("df-tx"));
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO dest_rows VALUES (2)");
                }
                store.merge(c, "df-tx", Map.of("id", 2L), "job", "run-2");
                c.commit();
            }
            assertEquals(Optional.of("{\"id\": 2}"), store.get("df-tx"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM dest_rows"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void merge_keepsTheOtherColumns(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            JdbcWatermarkStore store = store(db);
            store.put("df", WatermarkCodec.encode(Map.of("d", LocalDate.of(2025, 1, 1), "id", 5L)), "j", "r1");
            try (Connection c = db.connect()) {
                store.merge(c, "df", Map.of("d", LocalDate.of(2025, 4, 1)), "j", "r2");
            }
            assertEquals(Map.of("d", LocalDate.of(2025, 4, 1), "id", 5L),
                    WatermarkCodec.decode(store.get("df").orElseThrow()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void concurrentFirstInsert_loserRetriesAsUpdate(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            JdbcWatermarkStore store = store(db);
            CompletableFuture<Void> second;
            try (Connection a = db.connect()) {
                a.setAutoCommit(false);
                store.put(a, "df-race", "{\"v\": \"A\"}", "job", "run-a"); // inserted, not yet committed
                second = CompletableFuture.runAsync(() -> store.put("df-race", "{\"v\": \"B\"}", "job", "run-b"));
                Thread.sleep(300); // B finds no row to update and blocks on A's unique key
                a.commit();
            }
            second.get(30, TimeUnit.SECONDS);
            WatermarkRecord r = store.read("df-race").orElseThrow();
            assertEquals("{\"v\": \"B\"}", r.currentValue());
            assertEquals("{\"v\": \"A\"}", r.previousValue());
            assertEquals(1, count(db, "SELECT COUNT(*) FROM dc_framework_watermarks"));
        }
    }

    private static int count(TestDb db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }
}
