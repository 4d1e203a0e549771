package io.datacoolie.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.Destination;
import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.RunConfig;
import io.datacoolie.api.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DataflowSelectionTest {
    private static final Connection C = Connection.of("c", Map.of("url", "jdbc:h2:mem:x"));

    private static DataFlow df(String id, String stage, Integer group, Integer order, boolean active) {
        return new DataFlow(id, id, null, null, stage, group, order, null, active,
                new Source(C, null, "t", null, null, null, null, null),
                null, new Destination(C, null, "d", null, null, null, null), null);
    }

    static Stream<Arguments> stageFilters() {
        return Stream.of(
                Arguments.of("null", null, Set.of()),
                Arguments.of("blank", "  ", Set.of()),
                Arguments.of("one", "bronze", Set.of("bronze")),
                Arguments.of("comma list", " bronze , silver,", Set.of("bronze", "silver")),
                Arguments.of("json array", "[\"bronze\", \"gold\"]", Set.of("bronze", "gold")),
                Arguments.of("empty json array", "[]", Set.of()),
                Arguments.of("list", List.of("a", " ", "b"), Set.of("a", "b")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stageFilters")
    void parseStages(String label, Object input, Set<String> expected) {
        assertEquals(expected, DataflowSelection.parseStages(input));
    }

    @Test
    void parseStages_brokenJsonArray_fails() {
        assertThrows(InvalidDataflowException.class, () -> DataflowSelection.parseStages("[\"a\""));
    }

    @Test
    void hashShard_matchesPythonVectors() {
        assertEquals(3, DataflowSelection.hashShard("df-1", 4));
        assertEquals(2, DataflowSelection.hashShard("df-2", 4));
        assertEquals(2, DataflowSelection.hashShard("abc", 4));
    }

    @Test
    void shardOf_groupNumber_usesFloorMod() {
        assertEquals(3, DataflowSelection.shardOf(df("x", null, -1, null, true), 4));
        assertEquals(1, DataflowSelection.shardOf(df("x", null, 5, null, true), 4));
        assertEquals(3, DataflowSelection.shardOf(df("df-1", null, null, null, true), 4));
    }

    @Test
    void shards_partitionTheActiveDataflows() {
        List<DataFlow> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(df("df-" + i, "s", i % 3 == 0 ? i : null, null, i != 7));
        }
        List<DataFlow> union = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            union.addAll(DataflowSelection.shard(all, 4, k));
        }
        assertEquals(39, union.size());
        assertEquals(39, union.stream().distinct().count());
    }

    @Test
    void filter_stageExactAndActiveOnly() {
        List<DataFlow> all = List.of(df("a", "bronze", null, null, true), df("b", "Bronze", null, null, true),
                df("c", "bronze", null, null, false), df("d", null, null, null, true));
        assertEquals(List.of("a"), ids(DataflowSelection.filter(all, Set.of("bronze"), true)));
        assertEquals(List.of("a", "c"), ids(DataflowSelection.filter(all, Set.of("bronze"), false)));
        assertEquals(List.of("a", "b", "d"), ids(DataflowSelection.filter(all, Set.of(), true)));
    }

    @Test
    void groups_keepFirstAppearance_andStableSortByExecutionOrder() {
        List<DataFlow> all = List.of(df("a", null, 2, 5, true), df("b", null, null, null, true),
                df("c", null, 2, null, true), df("d", null, 2, -1, true), df("e", null, 2, 0, true),
                df("f", null, null, 1, true));
        Map<Integer, List<DataFlow>> groups = DataflowSelection.groups(all);
        assertEquals(java.util.Arrays.asList(2, null), new ArrayList<>(groups.keySet()));
        assertEquals(List.of("d", "c", "e", "a"), ids(groups.get(2)));
        assertEquals(List.of("b", "f"), ids(groups.get(null)));
    }

    @Test
    void load_fromFileProvider_appliesStageAndShard() {
        FileMetadataProvider p = new FileMetadataProvider(MetadataLoaderTest.SAMPLE);
        List<DataFlow> bronze = DataflowSelection.load(p, "bronze2silver", true, RunConfig.defaults());
        assertEquals(List.of("orders_erp_to_dw", "customers_scd2", "shop_events_window"),
                bronze.stream().map(DataFlow::name).toList());
        int total = 0;
        for (int k = 0; k < 3; k++) {
            total += DataflowSelection.load(p, null, true, RunConfig.defaults().withShard(3, k)).size();
        }
        assertEquals(5, total);
    }

    @Test
    void pick_byNameOrId_inRequestedOrder_unknownSuggests() {
        List<DataFlow> all = new FileMetadataProvider(MetadataLoaderTest.SAMPLE).dataflows(Set.of(), false);
        String auditId = "7d1e2f3a-0000-4000-8000-000000000042";
        assertEquals(List.of("region_snapshot", "audit_append"), DataflowSelection.pick(all,
                List.of("region_snapshot", auditId, "audit_append")).stream().map(DataFlow::name).toList());
        InvalidDataflowException e = assertThrows(InvalidDataflowException.class,
                () -> DataflowSelection.pick(all, List.of("orders_erp_to_dwh", "zzz")));
        assertEquals("Unknown dataflow 'orders_erp_to_dwh'; did you mean 'orders_erp_to_dw'? Unknown dataflow 'zzz'."
                + " Known dataflows: orders_erp_to_dw, customers_scd2, shop_events_window, shop_products_full,"
                + " region_snapshot, audit_append.", e.getMessage());
    }

    private static List<String> ids(List<DataFlow> l) {
        return l.stream().map(DataFlow::dataflowId).toList();
    }
}
