package io.datacoolie.planner;

import io.datacoolie.planner.internal.Problems;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads replay bounds from strings and Java values, and writes chunk bounds as ISO-8601 text that reads back to the
 * same value: {@code 2025-01-01}, {@code 2025-01-01T06:00:00} (seconds always, a fraction only when not zero),
 * {@code 2025-03-30T03:00:00+02:00}, {@code 100000}.
 */
public final class ChunkBounds {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DATE_SPACE_TIME = Pattern.compile("([+-]?\\d{4,}-\\d{2}-\\d{2}) (\\d.*)");

    private ChunkBounds() {
    }

    /**
     * Formats a chunk bound for people and machines alike; {@link #parse} reads it back to an equal value.
     *
     * @param bound a LocalDate, LocalDateTime, OffsetDateTime or Long (other numbers print as they are)
     * @return the ISO-8601 or decimal text
     * @throws IllegalArgumentException for any other type
     */
    public static String format(Object bound) {
        if (bound instanceof LocalDate || bound instanceof Number) {
            return bound.toString();
        }
        if (bound instanceof LocalDateTime) {
            return local(new StringBuilder(29), (LocalDateTime) bound).toString();
        }
        if (bound instanceof OffsetDateTime) {
            OffsetDateTime o = (OffsetDateTime) bound;
            return local(new StringBuilder(35), o.toLocalDateTime()).append(o.getOffset().getId()).toString();
        }
        if (bound instanceof ZonedDateTime) {
            return format(((ZonedDateTime) bound).toOffsetDateTime());
        }
        throw new IllegalArgumentException("Not a chunk bound: " + bound);
    }

    /** ISO local date-time with seconds always and a fraction only when not zero; by hand, as plans can be large. */
    private static StringBuilder local(StringBuilder s, LocalDateTime t) {
        s.append(t.toLocalDate()).append('T');
        twoDigits(s, t.getHour()).append(':');
        twoDigits(s, t.getMinute()).append(':');
        twoDigits(s, t.getSecond());
        int nano = t.getNano();
        if (nano != 0) {
            String digits = Integer.toString(1_000_000_000 + nano).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            s.append('.').append(digits, 0, end);
        }
        return s;
    }

    private static StringBuilder twoDigits(StringBuilder s, int v) {
        return s.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /**
     * Parses bound text: an integer, an ISO date, an ISO date-time (a space may stand for the {@code T}), with or
     * without offset, optionally followed by a region in brackets ({@code ...+01:00[Europe/Berlin]}).
     *
     * @param text the text, not null
     * @return a Long, LocalDate, LocalDateTime, OffsetDateTime, or ZonedDateTime when a region was given
     * @throws io.datacoolie.api.InvalidDataflowException when the text is none of these
     */
    public static Object parse(String text) {
        return parse(text, "bound", null);
    }

    /**
     * Like {@link #parse(String)}, with the field and dataflow named in the error.
     *
     * @param text the text, not null
     * @param field what the text is, e.g. {@code start}
     * @param dataflow the dataflow name for messages, or null
     * @return a Long, LocalDate, LocalDateTime, OffsetDateTime or ZonedDateTime
     */
    public static Object parse(String text, String field, String dataflow) {
        String s = text.strip();
        if (INTEGER.matcher(s).matches()) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw Problems.invalid(dataflow, field + " '" + text + "' is outside the 64-bit integer range."
                        + " Use a value between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE + ".");
            }
        }
        Matcher spaced = DATE_SPACE_TIME.matcher(s);
        if (spaced.matches()) {
            s = spaced.group(1) + 'T' + spaced.group(2);
        }
        try {
            if (s.indexOf('T') < 0) {
                return LocalDate.parse(s);
            }
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parse(s);
            ZoneId zone = t.query(TemporalQueries.zone());
            if (zone == null) {
                return LocalDateTime.from(t);
            }
            return zone instanceof ZoneOffset ? OffsetDateTime.from(t) : ZonedDateTime.from(t);
        } catch (DateTimeException e) {
            throw Problems.invalid(dataflow, field + " '" + text + "' is not a date, a date-time or an integer."
                    + " Use ISO-8601, e.g. '2025-01-01', '2025-01-01T06:00:00' or '2025-01-01T00:00:00+02:00',"
                    + " or an integer such as '100000'.");
        }
    }

    /**
     * Brings a replay bound given as a Java value into one of the planner's forms. Strings are {@link #parse parsed};
     * Integer, Short, Byte and BigInteger (in range) become Long; an Instant becomes an OffsetDateTime in UTC.
     * Floating-point numbers, BigDecimal and booleans are rejected rather than truncated.
     *
     * @param value the value, not null
     * @param field what the value is, e.g. {@code start}
     * @param dataflow the dataflow name for messages, or null
     * @return a Long, LocalDate, LocalDateTime, OffsetDateTime or ZonedDateTime
     */
    public static Object normalize(Object value, String field, String dataflow) {
        if (value instanceof String) {
            return parse((String) value, field, dataflow);
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime
                || value instanceof ZonedDateTime || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger && ((BigInteger) value).bitLength() < 64) {
            return ((BigInteger) value).longValue();
        }
        if (value instanceof Instant) {
            return ((Instant) value).atOffset(ZoneOffset.UTC);
        }
        String type = value == null ? "null" : value.getClass().getSimpleName();
        throw Problems.invalid(dataflow, field + " '" + value + "' has unsupported type " + type + "."
                + " Use a date, a date-time (with or without offset), an integer, or their ISO-8601 text.");
    }
}
