package io.datacoolie.metadata.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.api.DataCoolieException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WatermarkCodecTest {

    @Test
    void encode_matchesPythonJsonDumpsSortKeys() {
        Map<String, Object> wm = new LinkedHashMap<>();
        wm.put("updated_at", OffsetDateTime.of(2026, 2, 9, 10, 30, 0, 0, ZoneOffset.UTC));
        wm.put("n", null);
        wm.put("id", 42L);
        wm.put("d", LocalDate.of(2025, 2, 1));
        // The reference's example, byte for byte (reference §2.4).
        assertEquals("{\"d\": {\"__date__\": \"2025-02-01\"}, \"id\": 42, \"n\": null, \"updated_at\":"
                + " {\"__datetime__\": \"2026-02-09T10:30:00+00:00\"}}", WatermarkCodec.encode(wm));
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("naive datetime, micros", LocalDateTime.of(2025, 1, 1, 0, 0, 0, 123_456_000),
                        "{\"__datetime__\": \"2025-01-01T00:00:00.123456\"}"),
                Arguments.of("naive datetime, whole seconds", LocalDateTime.of(2025, 1, 1, 6, 0),
                        "{\"__datetime__\": \"2025-01-01T06:00:00\"}"),
                Arguments.of("nanoseconds kept", LocalDateTime.of(2025, 1, 1, 6, 0, 0, 1),
                        "{\"__datetime__\": \"2025-01-01T06:00:00.000000001\"}"),
                Arguments.of("offset datetime", OffsetDateTime.of(2025, 3, 30, 3, 0, 0, 0, ZoneOffset.ofHours(2)),
                        "{\"__datetime__\": \"2025-03-30T03:00:00+02:00\"}"),
                Arguments.of("date", LocalDate.of(2024, 2, 29), "{\"__date__\": \"2024-02-29\"}"),
                Arguments.of("time", LocalTime.of(10, 30, 5), "{\"__time__\": \"10:30:05\"}"),
                Arguments.of("offset time", OffsetTime.of(10, 30, 0, 0, ZoneOffset.ofHours(-5)),
                        "{\"__time__\": \"10:30:00-05:00\"}"),
                Arguments.of("long", 9_007_199_254_740_993L, "9007199254740993"),
                Arguments.of("decimal (W19)", new BigDecimal("12345678901234567890.123456789"),
                        "12345678901234567890.123456789"),
                Arguments.of("string", "caf\u00e9 \"x\"", "\"caf\\u00e9 \\\"x\\\"\""),
                Arguments.of("boolean", Boolean.TRUE, "true"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void roundTrip(String label, Object value, String json) {
        String text = WatermarkCodec.encode(Map.of("c", value));
        assertEquals("{\"c\": " + json + "}", text);
        assertEquals(value, WatermarkCodec.decode(text).get("c"));
    }

    @Test
    void zonedAndInstant_areWrittenWithTheirOffset() {
        ZonedDateTime z = ZonedDateTime.of(2025, 10, 26, 2, 30, 0, 0, ZoneId.of("Europe/Berlin"));
        assertEquals("{\"z\": {\"__datetime__\": \"2025-10-26T02:30:00+02:00\"}}", WatermarkCodec.encode(Map.of("z", z)));
        assertEquals("{\"i\": {\"__datetime__\": \"2025-01-01T00:00:00+00:00\"}}",
                WatermarkCodec.encode(Map.of("i", Instant.parse("2025-01-01T00:00:00Z"))));
        assertEquals("{\"t\": {\"__datetime__\": \"2025-01-01T06:00:00\"}}",
                WatermarkCodec.encode(Map.of("t", java.sql.Timestamp.valueOf("2025-01-01 06:00:00"))));
    }

    @Test
    void floats_useThePythonRepr() {
        assertEquals("1e-07", PythonJson.floatRepr(1e-7));
        assertEquals("100.0", PythonJson.floatRepr(100.0));
        assertEquals("1e+16", PythonJson.floatRepr(1e16));
        assertEquals("0.0001", PythonJson.floatRepr(1e-4));
        assertEquals("-2.5", PythonJson.floatRepr(-2.5));
    }

    @Test
    void decode_pythonWrittenText_withSpaceSeparatorAndZ() {
        Map<String, Object> wm = WatermarkCodec.decode("{\"a\": {\"__datetime__\": \"2025-01-01 10:00:00\"},"
                + " \"b\": {\"__datetime__\": \"2025-01-01T10:00:00Z\"}, \"c\": 1.5, \"d\": [1, {\"__date__\":"
                + " \"2025-01-02\"}], \"e\": {\"__date__\": \"not a date\"}}");
        assertEquals(LocalDateTime.of(2025, 1, 1, 10, 0), wm.get("a"));
        assertEquals(OffsetDateTime.of(2025, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC), wm.get("b"));
        assertEquals(new BigDecimal("1.5"), wm.get("c"));
        assertEquals(java.util.List.of(1L, LocalDate.of(2025, 1, 2)), wm.get("d"));
        assertEquals("not a date", wm.get("e"), "an unparsable sentinel stays a plain string");
    }

    @Test
    void decode_emptyForms_giveNoWatermark() {
        for (String empty : new String[] {null, "", " ", "{}", "null", "None"}) {
            assertTrue(WatermarkCodec.decode(empty).isEmpty(), String.valueOf(empty));
        }
    }

    @Test
    void decode_corruptText_isAnError() {
        DataCoolieException e = assertThrows(DataCoolieException.class, () -> WatermarkCodec.decode("{\"a\": "));
        assertTrue(e.getMessage().startsWith("Stored watermark '{\"a\": ' is not valid JSON"), e.getMessage());
        assertThrows(DataCoolieException.class, () -> WatermarkCodec.decode("[1]"));
    }

    @Test
    void merge_keepsOtherColumns_W3() {
        String stored = WatermarkCodec.encode(Map.of("updated_at", LocalDateTime.of(2025, 1, 1, 0, 0), "id", 7L));
        String merged = WatermarkCodec.merge(stored, Map.of("updated_at", LocalDateTime.of(2025, 4, 1, 0, 0)));
        assertEquals("{\"id\": 7, \"updated_at\": {\"__datetime__\": \"2025-04-01T00:00:00\"}}", merged);
        assertEquals("{\"x\": 1}", WatermarkCodec.merge(null, Map.of("x", 1)));
    }

    @Test
    void unsupportedType_isAClearError() {
        DataCoolieException e = assertThrows(DataCoolieException.class,
                () -> WatermarkCodec.encode(Map.of("b", new byte[] {1})));
        assertTrue(e.getMessage().startsWith("A watermark value of type [B cannot be stored."), e.getMessage());
    }
}
