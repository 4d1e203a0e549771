package io.datacoolie.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.Destination;
import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.Source;
import io.datacoolie.testkit.TestDb;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcMetadataProviderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    private static final MetadataDocument SAMPLE = MetadataLoader.load(MetadataLoaderTest.SAMPLE);

    /** Seeds the sample into workspace ws1 and a copy of one dataflow into ws2. */
    private static JdbcMetadataProvider seeded(TestDb db) throws Exception {
        try (java.sql.Connection c = db.connect()) {
            MetadataSchema.create(c);
            MetadataSchema.create(c); // idempotent
            MetadataImporter.write(c, "ws1", SAMPLE, CLOCK);
        }
        db.execute("INSERT INTO dc_framework_dataflows (dataflow_id, workspace_id, name, stage, source_connection_id,"
                + " source_table, destination_connection_id, destination_table, destination_load_type)"
                + " SELECT 'other-ws', 'ws2', name, stage, source_connection_id, source_table,"
                + " destination_connection_id, destination_table, destination_load_type FROM dc_framework_dataflows"
                + " WHERE name = 'region_snapshot'");
        return new JdbcMetadataProvider(db::connect, "ws1");
    }

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void importedSample_readsBackEqual_orderedByName(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            JdbcMetadataProvider p = seeded(db);
            List<DataFlow> read = p.dataflows(Set.of(), false);
            List<DataFlow> expected = SAMPLE.dataflows().stream().sorted(Comparator.comparing(DataFlow::name))
                    .map(d -> inWorkspace(d, "ws1")).toList();
            assertEquals(expected, read);
            assertEquals("status <> 'DRAFT'", read.stream().filter(d -> d.name().equals("orders_erp_to_dw"))
                    .findFirst().orElseThrow().source().filterExpression(), "W21: filter_expression is stored");
            assertEquals(List.of("archive_pg", "audit_h2", "dw_h2", "erp_pg", "shop_maria"),
                    p.connections().stream().map(Connection::name).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void stageActiveAndSoftDelete_filter(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            JdbcMetadataProvider p = seeded(db);
            assertEquals(List.of("customers_scd2", "orders_erp_to_dw", "shop_events_window"),
                    names(p.dataflows(Set.of("bronze2silver"), true)));
            assertEquals(List.of("audit_append", "customers_scd2", "orders_erp_to_dw", "shop_events_window"),
                    names(p.dataflows(Set.of("bronze2silver"), false)));
            db.execute("UPDATE dc_framework_dataflows SET deleted_at = CURRENT_TIMESTAMP WHERE name = 'customers_scd2'");
            assertEquals(List.of("orders_erp_to_dw", "region_snapshot", "shop_events_window", "shop_products_full"),
                    names(p.dataflows(Set.of("bronze2silver", "silver2gold"), true)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void softDeletedConnection_isAnErrorNamingDataflowAndId(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            JdbcMetadataProvider p = seeded(db);
            db.execute("UPDATE dc_framework_connections SET deleted_at = CURRENT_TIMESTAMP WHERE name = 'archive_pg'");
            MetadataException e = assertThrows(MetadataException.class, () -> p.dataflows(Set.of("silver2gold"), true));
            assertEquals(List.of("Dataflow 'region_snapshot', dataflows[0].source.connection_id: unknown connection_id '"
                    + io.datacoolie.api.Ids.derive("archive_pg") + "': no connection with this id is defined (a"
                    + " soft-deleted connection counts as missing). Define it, or refer to an existing connection by"
                    + " connection_name."), e.problems());
            assertEquals(3, p.dataflows(Set.of("bronze2silver"), true).size(), "other stages still load");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void pick_validatesOnlyThePickedDataflows(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            JdbcMetadataProvider p = seeded(db);
            // region_snapshot (silver2gold) becomes invalid: its source connection is gone
            db.execute("UPDATE dc_framework_connections SET deleted_at = CURRENT_TIMESTAMP WHERE name = 'archive_pg'");
            assertThrows(MetadataException.class, () -> p.dataflows(Set.of(), false), "loading all fails");
            String id = p.pick(List.of("orders_erp_to_dw"), Set.of(), false).get(0).dataflowId();
            assertEquals(List.of("customers_scd2", "orders_erp_to_dw"), names(p.pick(List.of("customers_scd2", id,
                    "orders_erp_to_dw"), Set.of(), false)), "by name or id, in the order asked, without repeats");
            MetadataException e = assertThrows(MetadataException.class,
                    () -> p.pick(List.of("region_snapshot"), Set.of(), false));
            assertEquals(1, e.problems().size(), e.problems().toString());
            assertTrue(e.problems().get(0).startsWith("Dataflow 'region_snapshot', dataflows[0].source.connection_id:"
                    + " unknown connection_id"), e.problems().get(0));
            InvalidDataflowException unknown = assertThrows(InvalidDataflowException.class,
                    () -> p.pick(List.of("orders_erp_to_dx"), Set.of("bronze2silver"), true));
            assertEquals("Unknown dataflow 'orders_erp_to_dx'; did you mean 'orders_erp_to_dw'? Known dataflows:"
                    + " customers_scd2, orders_erp_to_dw, shop_events_window.", unknown.getMessage());
            assertThrows(InvalidDataflowException.class, () -> p.pick(List.of("region_snapshot"),
                    Set.of("bronze2silver"), false), "outside the stages it is unknown");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void schemaHintRows_attachToDataflowsWithoutHints(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            JdbcMetadataProvider p = seeded(db);
            String precision = kind == TestDb.Kind.MARIADB ? "`precision`" : "precision";
            String conn = io.datacoolie.api.Ids.derive("archive_pg");
            db.execute("INSERT INTO dc_framework_schema_hints (schema_hint_id, connection_id, schema_name, table_name,"
                    + " column_name, data_type, " + precision + ", scale, ordinal_position) VALUES"
                    + " ('h2', '" + conn + "', 'REF', 'Regions', 'area', 'decimal', 10, 2, 2),"
                    + " ('h1', '" + conn + "', 'ref', 'regions', 'code', 'string', NULL, NULL, 1)");
            DataFlow region = p.dataflows(Set.of("silver2gold"), true).stream()
                    .filter(d -> d.name().equals("region_snapshot")).findFirst().orElseThrow();
            assertEquals(List.of("string", "decimal(10,2)"),
                    region.transform().schemaHints().stream().map(h -> h.typeString()).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void malformedRowJson_isReportedWithItsField(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            JdbcMetadataProvider p = seeded(db);
            db.execute("UPDATE dc_framework_dataflows SET transform = '{\"hash_columns\": [\"a\"]}'"
                    + " WHERE name = 'region_snapshot'");
            MetadataException e = assertThrows(MetadataException.class, () -> p.dataflows(Set.of("silver2gold"), true));
            assertTrue(e.getMessage().contains("Dataflow 'region_snapshot', dataflows[0].transform.hash_columns:"
                    + " 'hash_columns' (dc_hash_v1 SHA-256 row hashes) is a field of the Python original that this"
                    + " JDBC edition cannot honour."), e.getMessage());
        }
    }

    private static List<String> names(List<DataFlow> l) {
        return l.stream().map(DataFlow::name).toList();
    }

    private static Connection inWorkspace(Connection c, String ws) {
        return new Connection(c.connectionId(), c.name(), ws, c.connectionType(), c.format(), c.catalog(),
                c.database(), c.configure(), c.secretsRef(), c.active());
    }

    private static DataFlow inWorkspace(DataFlow d, String ws) {
        Source s = d.source();
        Destination t = d.destination();
        return new DataFlow(d.dataflowId(), d.name(), ws, d.description(), d.stage(), d.groupNumber(),
                d.executionOrder(), d.processingMode(), d.active(),
                new Source(inWorkspace(s.connection(), ws), s.schemaName(), s.table(), s.query(), s.watermarkColumns(),
                        s.filterExpression(), s.configure(), s.backward()),
                d.transform(), new Destination(inWorkspace(t.connection(), ws), t.schemaName(), t.table(),
                        t.loadType(), t.mergeKeys(), t.partitionColumns(), t.configure()), d.configure());
    }
}
