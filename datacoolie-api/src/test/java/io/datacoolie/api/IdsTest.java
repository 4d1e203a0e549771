package io.datacoolie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void derive_localPostgresSource_matchesPythonOriginal() {
        assertEquals("784ba518-671c-51d1-9f6f-d7ff546ff3ed", Ids.derive("local_postgres_source"));
    }

    @Test
    void uuidV5_rfc4122DnsExample_matches() {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertEquals("886313e1-3b8a-5372-9b90-0c9aee199e5d", Ids.uuidV5(dns, "python.org").toString());
    }

    @Test
    void uuidV5_isVersion5_notNameUuidFromBytes() {
        UUID id = UUID.fromString(Ids.derive("orders"));
        assertEquals(5, id.version());
        assertEquals(2, id.variant());
    }
}
