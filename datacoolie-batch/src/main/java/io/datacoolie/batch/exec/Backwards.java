package io.datacoolie.batch.exec;

import io.datacoolie.api.Backward;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Backward look-back for incremental runs (reference §3.5): date-times and dates move back by days/hours, then by
 * calendar months and years (the day clamped to the month's length); integers stay. With {@code closing_day} the
 * stored value is ignored: the lower bound is the 1st of the previous month while today's day of month (UTC) is at
 * most the closing day, else the 1st of this month, then minus months and years. Never applied to replay chunks.
 */
public final class Backwards {
    private Backwards() {
    }

    /**
     * @param watermark stored values per column
     * @param b the look-back
     * @param clock gives "today" for {@code closing_day}
     * @return the shifted values
     */
    public static Map<String, Object> apply(Map<String, Object> watermark, Backward b, Clock clock) {
        if (b == null || b.isEmpty()) {
            return watermark;
        }
        LocalDate closing = b.closingDay() == null ? null : closingBase(b, LocalDate.now(clock.withZone(
                ZoneOffset.UTC)));
        Map<String, Object> out = new LinkedHashMap<>();
        watermark.forEach((k, v) -> out.put(k, closing == null ? shift(v, b) : atClosing(v, closing)));
        return out;
    }

    /** The 1st of the previous month if today's day is at most the closing day, else of this month; minus months. */
    static LocalDate closingBase(Backward b, LocalDate today) {
        LocalDate first = today.withDayOfMonth(1);
        LocalDate base = today.getDayOfMonth() <= b.closingDay() ? first.minusMonths(1) : first;
        return base.minusMonths(months(b));
    }

    /** The closing base in the type of the stored value (midnight UTC for date-times); integers stay. */
    private static Object atClosing(Object v, LocalDate base) {
        if (v instanceof LocalDateTime) {
            return base.atStartOfDay();
        }
        if (v instanceof OffsetDateTime) {
            return base.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        if (v instanceof LocalDate) {
            return base;
        }
        return v;
    }

    private static Object shift(Object v, Backward b) {
        long days = nz(b.days());
        long hours = nz(b.hours());
        long months = months(b);
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

    private static long months(Backward b) {
        return nz(b.months()) + 12L * nz(b.years());
    }

    private static long nz(Integer i) {
        return i == null ? 0 : i;
    }
}
