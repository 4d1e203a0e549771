package io.datacoolie.batch.exec;

import io.datacoolie.api.Backward;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Backward look-back for incremental runs (reference §3.5): date-times and dates move back by days/hours, then by
 * calendar months and years (the day clamped to the month's length); integers stay. Never applied to replay chunks.
 */
public final class Backwards {
    private Backwards() {
    }

    /**
     * @param watermark stored values per column
     * @param b the look-back
     * @return the shifted values
     */
    public static Map<String, Object> apply(Map<String, Object> watermark, Backward b) {
        if (b == null || b.isEmpty() || b.closingDay() != null) {
            return watermark;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        watermark.forEach((k, v) -> out.put(k, shift(v, b)));
        return out;
    }

    private static Object shift(Object v, Backward b) {
        long days = nz(b.days());
        long hours = nz(b.hours());
        long months = nz(b.months()) + 12L * nz(b.years());
        if (v instanceof LocalDateTime) {
            return ((LocalDateTime) v).minusDays(days).minusHours(hours).minusMonths(months);
        }
        if (v instanceof OffsetDateTime) {
            return ((OffsetDateTime) v).minusDays(days).minusHours(hours).minusMonths(months);
        }
        if (v instanceof LocalDate) {
            return ((LocalDate) v).atStartOfDay().minusDays(days).minusHours(hours).minusMonths(months).toLocalDate();
        }
        return v;
    }

    private static long nz(Integer i) {
        return i == null ? 0 : i;
    }
}
