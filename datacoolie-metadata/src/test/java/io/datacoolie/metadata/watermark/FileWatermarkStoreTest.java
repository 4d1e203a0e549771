package io.datacoolie.metadata.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.api.DataFlow;
import io.datacoolie.metadata.MetadataLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWatermarkStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:15:30Z"), ZoneOffset.UTC);
    private final List<DataFlow> flows = MetadataLoader.load(Path.of("src/test/resources/sample-metadata.json"))
            .dataflows();
    @TempDir
    Path state;

    @Test
    void put_writesThePythonLayout_andRotates() throws Exception {
        DataFlow orders = flows.get(0);
        FileWatermarkStore store = new FileWatermarkStore(state, flows, CLOCK);
        store.put(orders.dataflowId(), "{\"id\": 1}", "job", "run-1");
        store.put(orders.dataflowId(), "{\"id\": 2}", "job", "run-2");
        Path dir = state.resolve("watermarks/bronze2silver_orders_erp_to_dw_" + orders.dataflowId());
        assertEquals("{\"id\": 2}", Files.readString(dir.resolve("watermark_value.json")));
        assertEquals(new WatermarkRecord(orders.dataflowId(), "{\"id\": 2}", "{\"id\": 1}", "job", "run-2",
                LocalDateTime.of(2026, 11, 26, 10, 15, 30)), store.read(orders.dataflowId()).orElseThrow());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("watermark_meta.json", "watermark_previous.json", "watermark_value.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }
    }

    @Test
    void unknownDataflow_usesTheIdAlone_andRenamedFolderIsFound() {
        FileWatermarkStore bare = new FileWatermarkStore(state, List.of(), CLOCK);
        assertEquals(Optional.empty(), bare.get("x-1"));
        bare.put("x-1", "{\"a\": 1}", "j", "r");
        assertTrue(Files.exists(state.resolve("watermarks/x-1/watermark_value.json")));
        DataFlow orders = flows.get(0);
        new FileWatermarkStore(state, List.of(), CLOCK).put(orders.dataflowId(), "{\"b\": 1}", "j", "r");
        FileWatermarkStore named = new FileWatermarkStore(state, flows, CLOCK);
        assertEquals(Optional.of("{\"b\": 1}"), named.get(orders.dataflowId()));
    }

    @Test
    void merge_keepsTheOtherColumns() {
        FileWatermarkStore store = new FileWatermarkStore(state, flows, CLOCK);
        store.put("m", "{\"a\": 1, \"b\": 2}", "j", "r1");
        store.merge("m", Map.of("b", 3L), "j", "r2");
        assertEquals(Optional.of("{\"a\": 1, \"b\": 3}"), store.get("m"));
    }
}
