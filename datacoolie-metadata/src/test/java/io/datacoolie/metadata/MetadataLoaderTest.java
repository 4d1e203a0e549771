package io.datacoolie.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.api.Backward;
import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.Ids;
import io.datacoolie.api.LoadType;
import io.datacoolie.api.PartitionColumn;
import io.datacoolie.api.SchemaHint;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataLoaderTest {
    static final Path SAMPLE = Path.of("src/test/resources/sample-metadata.json");
    private final MetadataDocument doc = MetadataLoader.load(SAMPLE);

    private DataFlow flow(String name) {
        return doc.dataflow(name).orElseThrow();
    }

    @Test
    void sample_loadsEveryConnectionAndDataflowInDeclarationOrder() {
        assertEquals(List.of("erp_pg", "shop_maria", "dw_h2", "archive_pg", "audit_h2"),
                doc.connections().stream().map(Connection::name).toList());
        assertEquals(List.of("orders_erp_to_dw", "customers_scd2", "shop_events_window", "shop_products_full",
                "region_snapshot", "audit_append"), doc.dataflows().stream().map(DataFlow::name).toList());
    }

    @Test
    void ids_areDerivedAsUuidV5_unlessGiven() {
        assertEquals(Ids.derive("erp_pg"), doc.connection("erp_pg").orElseThrow().connectionId());
        assertEquals("0b6c1f7e-4a43-4a4e-9a59-3a1f3c0c2d10", doc.connection("dw_h2").orElseThrow().connectionId());
        assertEquals(Ids.derive("orders_erp_to_dw"), flow("orders_erp_to_dw").dataflowId());
        assertEquals("7d1e2f3a-0000-4000-8000-000000000042", flow("audit_append").dataflowId());
    }

    @Test
    void everyLoadType_isRead() {
        assertEquals(LoadType.MERGE_UPSERT, flow("orders_erp_to_dw").loadType());
        assertEquals(LoadType.SCD2, flow("customers_scd2").loadType());
        assertEquals(LoadType.MERGE_OVERWRITE, flow("shop_events_window").loadType());
        assertEquals(LoadType.FULL_LOAD, flow("shop_products_full").loadType());
        assertEquals(LoadType.OVERWRITE, flow("region_snapshot").loadType());
        assertEquals(LoadType.APPEND, flow("audit_append").loadType());
    }

    @Test
    void orders_readsSourceTransformAndDestination() {
        DataFlow df = flow("orders_erp_to_dw");
        assertEquals("bronze2silver", df.stage());
        assertEquals(1, df.groupNumber());
        assertEquals(10, df.executionOrder());
        assertEquals("sales.orders", df.source().qualifiedTable());
        assertEquals(List.of("updated_at"), df.source().watermarkColumns());
        assertEquals("status <> 'DRAFT'", df.source().filterExpression());
        assertEquals(new Backward(null, 6, null, null, null), df.source().backward());
        assertEquals(List.of(SchemaHint.of("amount", "decimal").typeString()), List.of("decimal"));
        assertEquals("decimal(18,2)", df.transform().schemaHints().get(0).typeString());
        assertEquals("EXTRACT(YEAR FROM order_date)", df.transform().additionalColumns().get(0).expression());
        assertEquals(Map.of("cust_id", "customer_id"), df.transform().renameColumns());
        assertEquals("amount >= 0", df.transform().filterExpression());
        assertEquals("dw.fact_orders", df.destination().qualifiedTable());
        assertEquals(List.of("order_id"), df.mergeKeys());
    }

    @Test
    void watermarkAndMergeKeyStrings_areSplit() {
        assertEquals(List.of("modified_at", "customer_id"), flow("customers_scd2").source().watermarkColumns());
        assertEquals(List.of("customer_id"), flow("customers_scd2").mergeKeys());
        assertEquals(List.of("event_time"), flow("shop_events_window").source().watermarkColumns());
    }

    @Test
    void schemaHintGroups_attachByConnectionTableAndSchema_sortedByOrdinal() {
        List<SchemaHint> hints = flow("customers_scd2").transform().schemaHints();
        assertEquals(List.of("customer_id", "credit_limit", "legacy_flag"),
                hints.stream().map(SchemaHint::columnName).toList());
        assertFalse(hints.get(2).active());
        assertTrue(flow("orders_erp_to_dw").transform().schemaHints().size() == 1, "own hints are kept");
    }

    @Test
    void sourceBackward_replacesConnectionBackward() {
        assertEquals(new Backward(2, null, null, null, null), flow("shop_events_window").source().backward());
        assertEquals(new Backward(1, null, null, null, null), flow("shop_products_full").source().backward());
    }

    @Test
    void partitionColumns_fromConfigurePartitionBy_stringsAndObjects() {
        DataFlow events = flow("shop_events_window");
        assertEquals(List.of(new PartitionColumn("event_date", "CAST(event_time AS DATE)")),
                events.destination().partitionColumns());
        assertFalse(events.destination().configure().containsKey("partition_by"), "lifted out of configure");
        assertTrue(events.destination().replaceByWatermark());
        assertEquals(List.of("event_id", "event_date"), events.destination().effectiveMergeKeys());
        assertEquals(List.of(PartitionColumn.of("country")), flow("region_snapshot").destination().partitionColumns());
        assertEquals(List.of(new PartitionColumn("log_day", "CAST(created AS DATE)"), PartitionColumn.of("source_system")),
                flow("audit_append").destination().partitionColumns());
    }

    @Test
    void inlineConnection_andTransformAsJsonString_areAccepted() {
        DataFlow audit = flow("audit_append");
        assertEquals("audit_h2", audit.source().connection().name());
        assertFalse(audit.active());
        assertEquals("source_system", audit.transform().additionalColumns().get(0).column());
    }

    @Test
    void queryMode_andTransformConfigure() {
        DataFlow df = flow("shop_products_full");
        assertTrue(df.source().isQueryMode());
        assertNull(df.source().table());
        assertEquals("snake", df.transform().columnNameMode());
        assertEquals(List.of("internal_note"), df.transform().dropColumns());
        assertEquals(-1, flow("shop_events_window").executionOrder());
    }
}
