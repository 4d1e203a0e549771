package io.datacoolie.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.LoadType;
import io.datacoolie.metadata.FileMetadataProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoMetadataTest {

    @Test
    void write_producesAFileTheMetadataLoaderAccepts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("metadata.json");
        new DemoMetadata("jdbc:h2:file:./demo").write(file);
        try (FileMetadataProvider p = new FileMetadataProvider(file)) {
            List<DataFlow> backfill = p.dataflows(Set.of("backfill"), true);
            assertEquals(1, backfill.size());
            DataFlow d = backfill.get(0);
            assertEquals(DemoMetadata.BACKFILL, d.name());
            assertEquals("status <> 'CANCELLED'", d.source().filterExpression());
            assertEquals(List.of("updated_at"), d.source().watermarkColumns());
            assertEquals("jdbc:h2:file:./demo", d.source().connection().configString("url"));
            assertEquals("shop", d.source().schemaName());
            assertEquals("warehouse", d.destination().schemaName());
            assertEquals(DemoMetadata.BACKFILL_TABLE, d.destination().table());
            DataFlow incremental = p.dataflows(Set.of("silver"), true).get(0);
            assertEquals(LoadType.APPEND, incremental.destination().loadType());
            assertEquals("order_history", incremental.destination().table());
            assertEquals(2, p.dataflows(Set.of(), true).size());
        }
    }
}
