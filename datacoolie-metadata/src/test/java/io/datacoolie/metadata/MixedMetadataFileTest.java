package io.datacoolie.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A file shared with the Python build: its database dataflows load, the others fail only when selected. */
class MixedMetadataFileTest {
    private static final Path MIXED = Path.of("src/test/resources/mixed-python-metadata.json");
    private final FileMetadataProvider provider = new FileMetadataProvider(MIXED);

    @Test
    void wholeFile_reportsEveryProblem() {
        MetadataException e = assertThrows(MetadataException.class, () -> MetadataLoader.load(MIXED));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertEquals(e.problems(), assertThrows(MetadataException.class, provider::document).problems());
    }

    @Test
    void databaseStage_loadsDespiteLakehouseAndMssqlConnections() {
        List<DataFlow> db = provider.dataflows(Set.of("db"), true);
        assertEquals(List.of("orders_to_dw"), db.stream().map(DataFlow::name).toList());
        assertEquals(List.of("erp_pg", "dw_h2"), provider.connections().stream().map(Connection::name).toList());
    }

    @Test
    void lakehouseStage_namesTheFieldsThisEditionCannotHonour() {
        MetadataException e = assertThrows(MetadataException.class, () -> provider.dataflows(Set.of("lake"), true));
        assertEquals(List.of(
                "connections[0]: Connection 'lake': connection_type 'lakehouse' cannot be honoured by this JDBC"
                        + " edition, which only reads and writes 'database' connections. Set connection_type to"
                        + " 'database' (format 'sql'), or run this dataflow with the Python edition.",
                "Dataflow 'orders_to_lake', dataflows[0].transform.hash_columns: 'hash_columns' (dc_hash_v1 SHA-256"
                        + " row hashes) is a field of the Python original that this JDBC edition cannot honour."
                        + " Remove it, or run this dataflow with the Python edition."), e.problems());
    }

    @Test
    void mssqlStage_needsAUrl() {
        MetadataException e = assertThrows(MetadataException.class,
                () -> MetadataLoader.load(MIXED, Set.of("mssql"), true));
        assertEquals(1, e.problems().size());
        assertEquals(true, e.problems().get(0).startsWith("connections[1]: Connection 'dw_mssql': this JDBC edition"
                + " cannot build a URL for database_type 'mssql'"), e.problems().get(0));
    }

    @Test
    void pick_byNameOrDerivedId_validatesOnlyThePickedDataflow() {
        List<DataFlow> picked = provider.pick(List.of("orders_to_dw"), Set.of(), true);
        assertEquals(List.of("orders_to_dw"), picked.stream().map(DataFlow::name).toList());
        String id = picked.get(0).dataflowId();
        assertEquals(io.datacoolie.api.Ids.derive("orders_to_dw"), id);
        assertEquals(picked, provider.pick(List.of(id, "orders_to_dw"), Set.of("db"), true));
    }

    @Test
    void pick_theLakehouseDataflow_reportsOnlyItsProblems() {
        MetadataException e = assertThrows(MetadataException.class,
                () -> provider.pick(List.of("orders_to_lake"), Set.of(), true));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertEquals(false, e.getMessage().contains("mssql"), e.getMessage());
    }

    @Test
    void pick_unknownOrOutsideTheStage_namesEveryDataflowOfTheStage() {
        io.datacoolie.api.InvalidDataflowException e = assertThrows(io.datacoolie.api.InvalidDataflowException.class,
                () -> provider.pick(List.of("orders_to_dx"), Set.of(), true));
        assertEquals("Unknown dataflow 'orders_to_dx'; did you mean 'orders_to_dw'? Known dataflows: orders_to_lake,"
                + " orders_to_dw, orders_to_mssql.", e.getMessage());
        e = assertThrows(io.datacoolie.api.InvalidDataflowException.class,
                () -> provider.pick(List.of("orders_to_lake"), Set.of("db"), true));
        assertEquals("Unknown dataflow 'orders_to_lake'; did you mean 'orders_to_dw'? Known dataflows: orders_to_dw.",
                e.getMessage());
    }
}
