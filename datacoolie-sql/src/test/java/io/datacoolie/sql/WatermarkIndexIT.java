package io.datacoolie.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.LoadType;
import io.datacoolie.api.chunk.ChunkInterval;
import io.datacoolie.testkit.TestDb;
import io.datacoolie.testkit.TestDb.Kind;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A destination table DataCoolie creates gets an index on the first watermark column, the default chunk column. */
class WatermarkIndexIT {
    private static final ReadWindow JAN = ReadWindow.chunk(null, ChunkInterval.of(LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 2, 1)), null);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void createdTable_hasAnIndexOnTheFirstWatermarkColumn(Kind kind) throws Exception {
        try (TestDb db = TestDb.open(kind); Connection c = db.connect()) {
            seed(db);
            create(c, Flows.flow().table(null, "src_orders").destination("dst_orders", LoadType.APPEND).build());
            Map<String, String> indexes = indexes(c, db, "dst_orders");
            assertEquals("updated_at", indexes.get("ix_dst_orders_updated_at"), indexes.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void longTableName_indexNameFitsTheIdentifierLimit(Kind kind) throws Exception {
        String table = "dst_" + "a_rather_long_destination_table_name_".repeat(2).substring(0, 56);
        try (TestDb db = TestDb.open(kind); Connection c = db.connect()) {
            seed(db);
            create(c, Flows.flow().table(null, "src_orders").destination(table, LoadType.APPEND).build());
            String expected = WatermarkIndex.name(table, "updated_at", false);
            assertEquals(WatermarkIndex.MAX_LENGTH, expected.length(), expected);
            assertEquals("updated_at", indexes(c, db, table).get(expected), indexes(c, db, table).toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void watermarkColumnNotWritten_noIndex(Kind kind) throws Exception {
        try (TestDb db = TestDb.open(kind); Connection c = db.connect()) {
            seed(db);
            DataFlow f = Flows.flow().table(null, "src_orders").drop("updated_at")
                    .destination("dst_orders", LoadType.APPEND).build();
            TableSchema schema = TableSchema.read(c, null, "src_orders").orElseThrow();
            ChunkTransfer t = new ChunkTransfer(DataflowSql.compile(f, schema, Dialect.detect(c), Dialect.detect(c)),
                    TransferOptions.DEFAULTS);
            t.prepareDestination(c, c);
            assertEquals(Map.of(), indexes(c, db, "dst_orders"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void existingTable_isLeftWithoutANewIndex(Kind kind) throws Exception {
        try (TestDb db = TestDb.open(kind); Connection c = db.connect()) {
            seed(db);
            String ts = kind == Kind.MARIADB ? "DATETIME(6)" : "TIMESTAMP";
            db.execute("CREATE TABLE dst_orders (id BIGINT, status VARCHAR(10), amount DECIMAL(10, 2), updated_at "
                    + ts + " NULL)");
            create(c, Flows.flow().table(null, "src_orders").destination("dst_orders", LoadType.APPEND).build());
            assertEquals(Map.of(), indexes(c, db, "dst_orders"));
            assertEquals(1, Rows.count(c, "SELECT COUNT(*) FROM dst_orders"));
        }
    }

    @Test
    void name_isDeterministicShortAndDistinct() {
        assertEquals("ix_orders_silver_updated_at", WatermarkIndex.name("orders_silver", "updated_at", false));
        assertEquals("IX_ORDERS_SILVER_UPDATED_AT", WatermarkIndex.name("ORDERS_SILVER", "UPDATED_AT", true));
        String a = WatermarkIndex.name("t".repeat(70) + "_a", "updated_at", false);
        String b = WatermarkIndex.name("t".repeat(70) + "_b", "updated_at", false);
        assertEquals(63, a.length(), a);
        assertEquals(a, WatermarkIndex.name("t".repeat(70) + "_a", "updated_at", false));
        assertNotEquals(a, b);
        String odd = WatermarkIndex.name("Bestellung Ä", "Geändert am", false);
        assertTrue(odd.matches("ix_bestellung___ge_ndert_am_[0-9a-f]{8}"), odd);
    }

    private static void seed(TestDb db) {
        db.execute("CREATE TABLE src_orders (id BIGINT PRIMARY KEY, status VARCHAR(10), amount DECIMAL(10, 2),"
                + " updated_at TIMESTAMP NULL)", "INSERT INTO src_orders VALUES (1, 'A', 1.50, TIMESTAMP"
                + " '2024-01-05 10:00:00'), (2, 'B', 2.50, TIMESTAMP '2024-03-05 10:00:00')");
    }

    /** Creates the destination through a replay chunk, which writes January: one row. */
    private static void create(Connection c, DataFlow f) throws SQLException {
        TableSchema schema = TableSchema.read(c, null, "src_orders").orElseThrow();
        ChunkTransfer t = new ChunkTransfer(DataflowSql.compile(f, schema, Dialect.detect(c), Dialect.detect(c)),
                TransferOptions.DEFAULTS);
        t.prepareDestination(c, c);
        t.execute(c, c, JAN, "run-1", Instant.parse("2025-06-01T10:00:00Z"));
    }

    /** @return index name to its column, both lower-cased, from DatabaseMetaData.getIndexInfo; primary keys left out */
    private static Map<String, String> indexes(Connection c, TestDb db, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String stored = db.kind() == Kind.H2 ? table.toUpperCase(Locale.ROOT) : table;
        String catalog = db.kind() == Kind.MARIADB ? db.schema() : null;
        String schema = db.kind() == Kind.MARIADB ? null : db.schema();
        Map<String, String> out = new TreeMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, stored, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name != null && rs.getString("COLUMN_NAME") != null && !name.equalsIgnoreCase("PRIMARY")
                        && !name.toLowerCase(Locale.ROOT).startsWith("primary_key")
                        && !name.toLowerCase(Locale.ROOT).endsWith("_pkey")) {
                    out.put(name.toLowerCase(Locale.ROOT), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
