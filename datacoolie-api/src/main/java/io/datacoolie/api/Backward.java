package io.datacoolie.api;

/**
 * Backward look-back for incremental reads (reference §3.5). Every field may be null (not set).
 *
 * @param days days to subtract
 * @param hours hours to subtract
 * @param months calendar months to subtract
 * @param years calendar years to subtract
 * @param closingDay closing day of month; when set the stored watermark is ignored
 */
public record Backward(Integer days, Integer hours, Integer months, Integer years, Integer closingDay) {
    /** No look-back. */
    public static final Backward NONE = new Backward(null, null, null, null, null);

    /** @return true when no field is set */
    public boolean isEmpty() {
        return days == null && hours == null && months == null && years == null && closingDay == null;
    }
}
