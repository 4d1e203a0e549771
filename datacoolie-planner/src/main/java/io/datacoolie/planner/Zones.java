package io.datacoolie.planner;

import io.datacoolie.planner.internal.Problems;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/** Reads a replay zone: an IANA region id such as {@code Europe/Berlin}, {@code UTC}, or a fixed offset. */
public final class Zones {
    private Zones() {
    }

    /**
     * @param text the zone id, or null or blank for none
     * @param dataflow the dataflow name for messages, or null
     * @return the zone, or null when none was given
     * @throws io.datacoolie.api.InvalidDataflowException for an unknown or malformed id, suggesting the id that
     *     differs only in case when there is one
     */
    public static ZoneId parse(String text, String dataflow) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String id = text.strip();
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            String hint = ZoneId.getAvailableZoneIds().stream()
                    .filter(z -> z.toLowerCase(Locale.ROOT).equals(id.toLowerCase(Locale.ROOT)))
                    .findFirst().map(z -> " Did you mean '" + z + "'?").orElse("");
            throw Problems.invalid(dataflow, "zone '" + text + "' is not a known time zone." + hint
                    + " Use an IANA id such as 'Europe/Berlin', 'America/New_York' or 'UTC'.");
        }
    }
}
