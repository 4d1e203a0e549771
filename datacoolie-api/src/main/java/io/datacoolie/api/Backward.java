package io.datacoolie.api;

import java.util.Map;

/**
 * Backward look-back for incremental reads (reference §3.5). Every field may be null (not set). It never applies to
 * replay chunks.
 *
 * @param days days to subtract, not negative
 * @param hours hours to subtract, not negative
 * @param months calendar months to subtract, not negative
 * @param years calendar years to subtract, not negative
 * @param closingDay closing day of month (1 to 31); when set the stored watermark is ignored
 */
public record Backward(Integer days, Integer hours, Integer months, Integer years, Integer closingDay) {
    /** No look-back. */
    public static final Backward NONE = new Backward(null, null, null, null, null);

    /**
     * Validates.
     *
     * @throws InvalidDataflowException for a negative amount or a closing day outside 1 to 31
     */
    public Backward {
        check("backward_days", days);
        check("backward_hours", hours);
        check("backward_months", months);
        check("backward_years", years);
        if (closingDay != null && (closingDay < 1 || closingDay > 31)) {
            throw new InvalidDataflowException("backward_closing_day must be between 1 and 31, got '" + closingDay
                    + "'. Set it to the day of the month on which the previous month closes.");
        }
    }

    private static void check(String key, Integer v) {
        if (v != null && v < 0) {
            throw new InvalidDataflowException(key + " must not be negative, got '" + v
                    + "'. Give the look-back as a positive amount (it is subtracted from the watermark).");
        }
    }

    /** @return true when no field is set */
    public boolean isEmpty() {
        return days == null && hours == null && months == null && years == null && closingDay == null;
    }

    /**
     * Reads the original's backward keys from a {@code configure} map: {@code backward_days}, {@code backward_hours},
     * {@code backward_months}, {@code backward_years}, {@code backward_closing_day}, and a nested
     * {@code backward: {days, hours, months, years, closing_day}} whose keys override the top-level ones.
     * Values may be integers or integer strings.
     *
     * @param configure the map, may be null
     * @param where what the map belongs to, for messages (e.g. {@code source configure})
     * @return the look-back, {@link #NONE} when no key is set
     * @throws InvalidDataflowException for a value that is not an integer, or a nested backward that is not an
     *     object
     */
    public static Backward fromConfigure(Map<String, ?> configure, String where) {
        if (configure == null) {
            return NONE;
        }
        Object nestedRaw = configure.get("backward");
        Map<?, ?> nested = Map.of();
        if (nestedRaw instanceof Map<?, ?> m) {
            nested = m;
        } else if (nestedRaw != null) {
            throw new InvalidDataflowException(where + ": 'backward' must be an object such as {\"days\": 3}, got '"
                    + nestedRaw + "'.");
        }
        Backward b = new Backward(
                pick(configure, nested, "days", where), pick(configure, nested, "hours", where),
                pick(configure, nested, "months", where), pick(configure, nested, "years", where),
                pick(configure, nested, "closing_day", where));
        return b.isEmpty() ? NONE : b;
    }

    private static Integer pick(Map<String, ?> top, Map<?, ?> nested, String key, String where) {
        if (nested.get(key) != null) {
            return toInt(nested.get(key), where + ".backward." + key);
        }
        Object v = top.get("backward_" + key);
        return v == null ? null : toInt(v, where + ".backward_" + key);
    }

    private static Integer toInt(Object v, String field) {
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        try {
            return Integer.valueOf(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidDataflowException(field + " must be a whole number, got '" + v
                    + "'. Write it as an integer, e.g. 3.", e);
        }
    }
}
