package io.datacoolie.api.chunk;

import java.util.Locale;

/** Calendar units a replay can be chunked by. The key is the metadata spelling ({@code months}). */
public enum ChunkUnit {
    /** Calendar years, on a grid anchored at year 1. */
    YEARS,
    /** Calendar months, anchored at January ({@code months: 3} gives quarters). */
    MONTHS,
    /** ISO weeks, boundaries on Mondays 00:00; n &gt; 1 on a grid of n-week periods counted from Monday 0001-01-01. */
    WEEKS,
    /** Calendar days, boundaries at local midnight; n &gt; 1 on a grid of n-day periods counted from 0001-01-01. */
    DAYS,
    /** Hours, measured on the instant timeline, at wall-clock hours that are multiples of n within the day. */
    HOURS,
    /** Minutes, measured on the instant timeline, at wall-clock minutes that are multiples of n within the hour. */
    MINUTES;

    /** @return the metadata key, e.g. {@code months} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
