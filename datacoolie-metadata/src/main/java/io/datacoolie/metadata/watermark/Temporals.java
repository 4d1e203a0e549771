package io.datacoolie.metadata.watermark;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/** Python {@code isoformat()} / {@code fromisoformat()} for the watermark sentinels. */
final class Temporals {
    private Temporals() {
    }

    /** JDBC and zoned types to the four java.time kinds the sentinels carry. */
    static Object normalise(Object v) {
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Time t) {
            return t.toLocalTime();
        }
        if (v instanceof ZonedDateTime z) {
            return z.toOffsetDateTime();
        }
        if (v instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (v instanceof java.util.Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC);
        }
        return v;
    }

    static String isoDateTime(Object t) {
        LocalDateTime ldt = t instanceof OffsetDateTime o ? o.toLocalDateTime() : (LocalDateTime) t;
        String s = ldt.toLocalDate() + "T" + clock(ldt.toLocalTime());
        return t instanceof OffsetDateTime o ? s + offset(o.getOffset()) : s;
    }

    static String isoTime(Object t) {
        return t instanceof OffsetTime o ? clock(o.toLocalTime()) + offset(o.getOffset()) : clock((LocalTime) t);
    }

    /** HH:MM:SS, then .ffffff when there are microseconds, or all nine digits when there are nanoseconds. */
    private static String clock(LocalTime t) {
        String s = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        int nanos = t.getNano();
        if (nanos == 0) {
            return s;
        }
        return nanos % 1000 == 0 ? s + String.format(".%06d", nanos / 1000) : s + String.format(".%09d", nanos);
    }

    /** Python writes UTC as +00:00, never Z. */
    private static String offset(ZoneOffset o) {
        return o.equals(ZoneOffset.UTC) ? "+00:00" : o.getId();
    }

    /** Restores a sentinel; an unparsable value stays a plain string, as in the original. */
    static Object parseSentinel(String sentinel, String text) {
        try {
            switch (sentinel) {
                case "__date__":
                    return LocalDate.parse(text);
                case "__time__":
                    return hasOffset(text) ? OffsetTime.parse(text) : LocalTime.parse(text);
                default:
                    return dateTime(text.trim().replace(' ', 'T'));
            }
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static TemporalAccessor dateTime(String s) {
        if (s.length() == 10) {
            return LocalDate.parse(s).atStartOfDay();
        }
        return hasOffset(s.substring(10)) ? OffsetDateTime.parse(s) : LocalDateTime.parse(s);
    }

    private static boolean hasOffset(String timePart) {
        return timePart.endsWith("Z") || timePart.indexOf('+') >= 0 || timePart.lastIndexOf('-') > 0;
    }
}
