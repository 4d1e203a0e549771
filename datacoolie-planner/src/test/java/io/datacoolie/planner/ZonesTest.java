package io.datacoolie.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.datacoolie.api.InvalidDataflowException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Zone ids: regions, offsets, none, and the messages for typos. */
class ZonesTest {

    @Test
    void parse_regionOffsetAndBlank() {
        assertEquals(ZoneId.of("Europe/Berlin"), Zones.parse(" Europe/Berlin ", null));
        assertEquals(ZoneOffset.ofHours(2), Zones.parse("+02:00", null));
        assertNull(Zones.parse("  ", null));
        assertNull(Zones.parse(null, null));
    }

    @Test
    void parse_wrongCase_suggestsTheId() {
        InvalidDataflowException e = assertThrows(InvalidDataflowException.class,
                () -> Zones.parse("europe/berlin", "orders"));

        assertEquals("Dataflow 'orders': zone 'europe/berlin' is not a known time zone. Did you mean 'Europe/Berlin'?"
                + " Use an IANA id such as 'Europe/Berlin', 'America/New_York' or 'UTC'.", e.getMessage());
    }

    @Test
    void parse_unknown_saysWhatToUse() {
        InvalidDataflowException e = assertThrows(InvalidDataflowException.class, () -> Zones.parse("Mars/Base", null));

        assertEquals("Zone 'Mars/Base' is not a known time zone. Use an IANA id such as 'Europe/Berlin',"
                + " 'America/New_York' or 'UTC'.", e.getMessage());
    }
}
