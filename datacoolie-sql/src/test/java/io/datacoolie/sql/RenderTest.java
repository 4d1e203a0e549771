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
}
