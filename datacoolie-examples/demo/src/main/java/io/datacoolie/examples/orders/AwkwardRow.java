package io.datacoolie.examples.orders;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A deliberately awkward source row: on a chunk boundary, just outside the range, or with NULLs where a careless
 * predicate or aggregate would miscount.
 *
 * @param updatedAt the watermark value, may be null
 * @param status the status, may be null
 * @param amount the amount, may be null
 * @param customerId the customer, may be null
 * @param why what it tests
 */
public record AwkwardRow(LocalDateTime updatedAt, String status, BigDecimal amount, Integer customerId, String why) {

    private static final BigDecimal TEN = new BigDecimal("10.00");

    /** The rows appended after the generated ones, in {@code order_id} order. */
    public static final List<AwkwardRow> ALL = List.of(
            row("2024-01-01T00:00:00", "DELIVERED", TEN, 1, "first instant of the range: in January"),
            row("2024-01-31T23:59:59.999999", "DELIVERED", TEN, 2, "last microsecond of January"),
            row("2024-02-01T00:00:00", "DELIVERED", TEN, 3, "exactly on a month boundary: in February, not January"),
            row("2024-02-29T12:00:00", "SHIPPED", TEN, 4, "leap day"),
            row("2024-06-01T00:00:00", "PENDING", null, null, "NULL amount and customer on a boundary"),
            row("2024-07-01T00:00:00", null, TEN, 5, "NULL status: status <> 'CANCELLED' is not true for it"),
            row("2024-03-01T00:00:00", "CANCELLED", TEN, 6, "cancelled: removed by the filter_expression"),
            row("2024-12-31T23:59:59.999999", "DELIVERED", TEN, 7, "last microsecond of the range"),
            row("2025-01-01T00:00:00", "DELIVERED", TEN, 8, "the exclusive end: never replayed"),
            row("2023-12-31T23:59:59.999999", "DELIVERED", TEN, 9, "just before the range"),
            row(null, "DELIVERED", TEN, 10, "NULL updated_at: in no chunk"));

    private static AwkwardRow row(String at, String status, BigDecimal amount, Integer customer, String why) {
        return new AwkwardRow(at == null ? null : LocalDateTime.parse(at), status, amount, customer, why);
    }
}
