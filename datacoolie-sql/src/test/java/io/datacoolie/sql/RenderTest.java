package io.datacoolie.sql;

import static io.datacoolie.sql.Dialect.H2;
import static io.datacoolie.sql.Dialect.MARIADB;
import static io.datacoolie.sql.Dialect.POSTGRES;
import static io.datacoolie.sql.SqlFixture.filter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RenderTest {
    private static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2024, 2, 1);

    @Test
    void chunk_withFilter_keepsFilterIntactAndBindsTimestamps() {
        filter("status = 'A'").chunk(JAN, FEB).on(POSTGRES)
                .renders("SELECT \"id\", \"status\", \"amount\", \"updated_at\", \"order_date\", \"created_tz\","
                        + " \"CustomerName\" AS \"customername\", \"order\", \"flag\" FROM \"sales\".\"orders\""
                        + " WHERE (\"updated_at\" >= ? AND \"updated_at\" < ?) AND (\"status\" = 'A')")
                .binds(JAN.atStartOfDay(), FEB.atStartOfDay());
    }

    @Test
    void incremental_twoWatermarkColumnsAndFilter_parenthesisesTheOrChain() {
        SqlFixture.flow(Flows.flow().table("sales", "orders").watermarks("updated_at", "id").filter("status = 'A'")
                .select("id", "status")).window(ReadWindow.after(java.util.Map.of("updated_at", JAN.atStartOfDay(),
                        "id", 5))).on(H2)
                .renders("SELECT \"id\", \"status\" FROM \"sales\".\"orders\""
                        + " WHERE ((\"updated_at\" > ?) OR (\"id\" > ?)) AND (\"status\" = 'A')")
                .binds(JAN.atStartOfDay(), 5L);
    }

    @Test
    void mariadb_concatAndBacktick_useConcatFunction() {
        SqlFixture.flow(Flows.flow().table("sales", "orders").filter("status || 'x' = 'Ax' AND \"order\" BETWEEN 1 AND 5")
                .select("id")).chunk(JAN, FEB).on(MARIADB)
                .renders("SELECT `id` FROM `sales`.`orders` WHERE (`updated_at` >= ? AND `updated_at` < ?)"
                        + " AND (((CONCAT(`status`, 'x')) = 'Ax') AND (`order` BETWEEN 1 AND 5))");
    }

    @Test
    void dedupAndComputedColumn_renderRowNumberAndSubstituteInTransformFilter() {
        SqlFixture.flow(Flows.flow().table("sales", "orders").dedup("id").add("net", "amount * 2")
                .transformFilter("net > 10").select("id", "net")).chunk(JAN, FEB).on(POSTGRES)
                .renders("SELECT \"id\", \"amount\" * 2 AS \"net\" FROM (SELECT s.*, ROW_NUMBER() OVER (PARTITION BY"
                        + " \"id\" ORDER BY \"updated_at\" DESC) AS \"__dc_rn\" FROM \"sales\".\"orders\" s"
                        + " WHERE (\"updated_at\" >= ? AND \"updated_at\" < ?)) t WHERE \"__dc_rn\" = 1"
                        + " AND ((\"amount\" * 2) > 10)");
    }

    @Test
    void zonedColumn_naiveBoundsReadInReplayZone() {
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        SqlFixture.flow(Flows.flow().table("sales", "orders").select("id"))
                .chunk("created_tz", LocalDateTime.of(2024, 7, 1, 0, 0), LocalDateTime.of(2024, 7, 2, 0, 0), paris)
                .on(POSTGRES)
                .renders("SELECT \"id\" FROM \"sales\".\"orders\" WHERE (\"created_tz\" >= ? AND \"created_tz\" < ?)")
                .binds(java.time.OffsetDateTime.parse("2024-07-01T00:00+02:00"),
                        java.time.OffsetDateTime.parse("2024-07-02T00:00+02:00"));
    }

    @Test
    void integerChunk_bindsLongs() {
        SqlFixture.flow(Flows.flow().table("sales", "orders").select("id")).chunk("id", 0L, 100L, null).on(H2)
                .renders("SELECT \"id\" FROM \"sales\".\"orders\" WHERE (\"id\" >= ? AND \"id\" < ?)")
                .binds(0L, 100L);
    }

    private static final String PORTABLE = "\"order\" BETWEEN 1 AND 5 AND status || 'x' = 'Ax' AND CustomerName ILIKE 'a%'"
            + " AND id IS DISTINCT FROM 3 AND LENGTH(status) = 1 AND CAST(id AS BIGINT) > 0 AND note_free = 'it''s \\'";

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> dialects() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(H2, "SELECT \"id\" FROM \"sales\".\"orders\" WHERE"
                        + " (\"updated_at\" >= ? AND \"updated_at\" < ?) AND ((\"order\" BETWEEN 1 AND 5) AND"
                        + " ((\"status\" || 'x') = 'Ax') AND (\"CustomerName\" ILIKE 'a%') AND (\"id\" IS DISTINCT FROM 3)"
                        + " AND (CHAR_LENGTH(\"status\") = 1) AND (CAST(\"id\" AS BIGINT) > 0)"
                        + " AND (\"status\" = 'it''s \\'))"),
                org.junit.jupiter.params.provider.Arguments.of(POSTGRES, "SELECT \"id\" FROM \"sales\".\"orders\" WHERE"
                        + " (\"updated_at\" >= ? AND \"updated_at\" < ?) AND ((\"order\" BETWEEN 1 AND 5) AND"
                        + " ((\"status\" || 'x') = 'Ax') AND (\"CustomerName\" ILIKE 'a%') AND (\"id\" IS DISTINCT FROM 3)"
                        + " AND (CHAR_LENGTH(\"status\") = 1) AND (CAST(\"id\" AS BIGINT) > 0)"
                        + " AND (\"status\" = 'it''s \\'))"),
                org.junit.jupiter.params.provider.Arguments.of(MARIADB, "SELECT `id` FROM `sales`.`orders` WHERE"
                        + " (`updated_at` >= ? AND `updated_at` < ?) AND ((`order` BETWEEN 1 AND 5) AND"
                        + " ((CONCAT(`status`, 'x')) = 'Ax') AND (LOWER(`CustomerName`) LIKE LOWER('a%'))"
                        + " AND (NOT (`id` <=> 3)) AND (CHAR_LENGTH(`status`) = 1) AND (CAST(`id` AS SIGNED) > 0)"
                        + " AND (`status` = 'it''s \\\\'))"),
                org.junit.jupiter.params.provider.Arguments.of(Dialect.MYSQL, "SELECT `id` FROM `sales`.`orders` WHERE"
                        + " (`updated_at` >= ? AND `updated_at` < ?) AND ((`order` BETWEEN 1 AND 5) AND"
                        + " ((CONCAT(`status`, 'x')) = 'Ax') AND (LOWER(`CustomerName`) LIKE LOWER('a%'))"
                        + " AND (NOT (`id` <=> 3)) AND (CHAR_LENGTH(`status`) = 1) AND (CAST(`id` AS SIGNED) > 0)"
                        + " AND (`status` = 'it''s \\\\'))"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("dialects")
    void sameFragment_rendersPerDialect_withTheSameBinds(Dialect d, String expected) {
        SqlFixture.flow(Flows.flow().table("sales", "orders").filter(PORTABLE.replace("note_free", "status"))
                .select("id")).chunk(JAN, FEB).on(d).renders(expected).binds(JAN.atStartOfDay(), FEB.atStartOfDay());
    }

    @Test
    void queryMode_wrapsTheQueryAsDerivedTable() {
        TableSchema q = new TableSchema(null, null, SqlFixture.ORDERS.columns());
        BoundSql b = DataflowSql.compile(Flows.flow().query("SELECT * FROM orders WHERE active = 1")
                .filter("status = 'A'").select("id").build(), q, POSTGRES, POSTGRES).read(ReadWindow.after(
                        java.util.Map.of("updated_at", JAN.atStartOfDay())));
        org.junit.jupiter.api.Assertions.assertEquals("SELECT \"id\" FROM (SELECT * FROM orders WHERE active = 1) q"
                + " WHERE (\"updated_at\" > ?) AND (\"status\" = 'A')", b.sql());
    }

    @Test
    void stats_countsAndMaxesEveryWatermarkColumnOverTheSourceRead() {
        BoundSql b = DataflowSql.compile(Flows.flow().table("sales", "orders").watermarks("updated_at", "id")
                .filter("status = 'A'").transformFilter("id > 1").build(), SqlFixture.ORDERS, H2, H2)
                .stats(ReadWindow.chunk("order_date", io.datacoolie.api.chunk.ChunkInterval.of(JAN, FEB), null));
        org.junit.jupiter.api.Assertions.assertEquals("SELECT COUNT(*), MAX(\"updated_at\"), MAX(\"id\") FROM"
                + " \"sales\".\"orders\" WHERE (\"order_date\" >= ? AND \"order_date\" < ?) AND (\"status\" = 'A')",
                b.sql());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(JAN, FEB), b.binds());
    }

    @Test
    void fullRead_withoutFilter_hasNoWhereClause() {
        SqlFixture.flow(Flows.flow().table("sales", "orders").select("id", "status").rename("status", "state"))
                .on(MARIADB).renders("SELECT `id`, `status` AS `state` FROM `sales`.`orders`").binds();
    }

    @Test
    void chunkColumnMissingFromSource_isAnErrorNotAFullRead() {
        io.datacoolie.api.InvalidDataflowException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.datacoolie.api.InvalidDataflowException.class, () -> SqlFixture.flow(Flows.flow()
                        .table("sales", "orders")).chunk("event_date", JAN, FEB, null).bound());
        org.junit.jupiter.api.Assertions.assertEquals("Dataflow 'orders_daily': chunk_column names column 'event_date',"
                + " which table 'sales.orders' does not have. Columns: [id, status, amount, updated_at, order_date,"
                + " created_tz, CustomerName, order, flag]. Use one of these names.", e.getMessage());
    }

    @Test
    void dateColumn_dateTimeBoundsAtMidnight_bindAsDates() {
        SqlFixture.flow(Flows.flow().table("sales", "orders").select("id"))
                .chunk("order_date", JAN.atStartOfDay(), FEB.atStartOfDay(), null).on(H2)
                .binds(JAN, FEB);
    }
}
