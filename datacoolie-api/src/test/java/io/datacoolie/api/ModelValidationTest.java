package io.datacoolie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelValidationTest {
    private static final Connection PG = Connection.of("pg", Map.of("database_type", "postgresql", "backward_days", 2));

    private static Source source(Map<String, Object> configure) {
        return new Source(PG, "sales", "orders", null, List.of("updated_at"), null, configure, null);
    }

    private static Destination dest(LoadType lt, List<String> keys, Map<String, Object> configure) {
        return new Destination(PG, "dw", "fact_orders", lt, keys, null, configure);
    }

    private static DataFlow flow(Source s, Transform t, Destination d) {
        return new DataFlow(null, "orders", null, null, "bronze2silver", null, null, null, true, s, t, d, null);
    }

    private static String fails(Runnable r) {
        return assertThrows(InvalidDataflowException.class, r::run).getMessage();
    }

    @Test
    void dataflow_withoutId_derivesUuidV5FromName() {
        DataFlow df = flow(source(null), null, dest(LoadType.APPEND, null, null));
        assertEquals(Ids.derive("orders"), df.dataflowId());
        assertEquals("batch", df.processingMode());
        assertEquals(Transform.NONE, df.transform());
    }

    @Test
    void mergeUpsert_withoutMergeKeys_namesDataflowAndFix() {
        String msg = fails(() -> flow(source(null), null, dest(LoadType.MERGE_UPSERT, List.of(), null)));
        assertEquals("Dataflow 'orders': destination.load_type 'merge_upsert' requires destination.merge_keys, got"
                + " none. Set merge_keys to the key columns, e.g. [\"order_id\"], or use load_type 'append'.", msg);
    }

    @Test
    void scd2_withoutEffectiveColumn_fails() {
        String msg = fails(() -> flow(source(null), null, dest(LoadType.SCD2, List.of("id"), null)));
        assertTrue(msg.contains("scd2_effective_column"), msg);
    }

    @Test
    void replaceByWatermark_withAppend_fails() {
        String msg = fails(() -> flow(source(null), null,
                dest(LoadType.APPEND, List.of(), Map.of("replace_by_watermark", true))));
        assertTrue(msg.contains("replace_by_watermark is only supported with merge_overwrite load_type, got 'append'"),
                msg);
    }

    @Test
    void replaceByWatermark_withoutBackward_fails() {
        Connection plain = Connection.of("plain", Map.of());
        Source s = new Source(plain, null, "orders", null, List.of("updated_at"), null, null, null);
        String msg = fails(() -> flow(s, null,
                dest(LoadType.MERGE_OVERWRITE, List.of("id"), Map.of("replace_by_watermark", "true"))));
        assertTrue(msg.contains("replace_by_watermark requires date_backward on the source"), msg);
    }

    @Test
    void replaceByWatermark_withConnectionBackward_isAccepted() {
        DataFlow df = flow(source(null), null,
                dest(LoadType.MERGE_OVERWRITE, List.of("id"), Map.of("replace_by_watermark", true)));
        assertEquals(2, df.source().backward().days());
        assertTrue(df.deduplicateByRank());
    }

    @Test
    void sourceBackward_replacesConnectionBackwardEntirely() {
        Source s = source(Map.of("backward_hours", "6", "backward", Map.of("hours", 3)));
        assertEquals(new Backward(null, 3, null, null, null), s.backward());
    }

    @Test
    void source_withoutTableOrQuery_fails() {
        String msg = fails(() -> new Source(PG, null, " ", null, null, null, null, null));
        assertTrue(msg.startsWith("source needs a table or a query"), msg);
    }

    @Test
    void watermarkColumn_notAnIdentifier_fails() {
        String msg = fails(() -> new Source(PG, null, "t", null, List.of("updated_at; drop"), null, null, null));
        assertTrue(msg.contains("'updated_at; drop' is not a column name"), msg);
    }

    @Test
    void destination_blankTable_fails() {
        String msg = fails(() -> new Destination(PG, null, "  ", null, null, null, null));
        assertTrue(msg.startsWith("Destination.table must be a non-empty string"), msg);
    }

    @Test
    void connection_fileType_cannotBeHonoured() {
        String msg = fails(() -> new Connection(null, "lake", null, "file", "parquet", null, null, null, null, true));
        assertTrue(msg.contains("connection_type 'file' cannot be honoured by this JDBC edition"), msg);
    }

    @Test
    void connection_fieldUnderTwoSecretSources_fails() {
        String msg = fails(() -> new Connection(null, "c", null, null, null, null, null, null,
                Map.of("env", List.of("password"), "", List.of("password")), true));
        assertTrue(msg.contains("secrets_ref lists configure field 'password' under both"), msg);
    }

    @Test
    void transform_selectAndDrop_areExclusive() {
        String msg = fails(() -> new Transform(null, null, null, null, null, List.of("a"), List.of("b"), null, null));
        assertTrue(msg.contains("mutually exclusive"), msg);
    }

    @Test
    void transform_chainedRename_fails() {
        String msg = fails(() -> new Transform(null, null, null, null, null, null, null,
                Map.of("a", "b", "b", "c"), null));
        assertTrue(msg.contains("is chained or cyclic"), msg);
    }

    @Test
    void transform_duplicateRenameTarget_fails() {
        String msg = fails(() -> new Transform(null, null, null, null, null, null, null,
                Map.of("a", "x", "b", "X"), null));
        assertTrue(msg.contains("two columns are renamed to"), msg);
    }

    @Test
    void dropColumns_dropsMergeKey_fails() {
        Transform t = new Transform(null, null, null, null, null, null, List.of("ID"), null, null);
        String msg = fails(() -> flow(source(null), t, dest(LoadType.MERGE_UPSERT, List.of("id"), null)));
        assertTrue(msg.contains("drops 'id', a merge or partition key"), msg);
    }

    @Test
    void selectColumns_keepsRenamedMergeKey_isAccepted() {
        Transform t = new Transform(null, null, null, null, null, List.of("order_id", "amount"), null,
                Map.of("order_id", "id"), null);
        DataFlow df = flow(source(null), t, dest(LoadType.MERGE_UPSERT, List.of("id"), null));
        assertEquals(List.of("id"), df.deduplicateColumns());
    }

    @Test
    void schemaHint_unknownType_listsValidTypes() {
        String msg = fails(() -> SchemaHint.of("amount", "money"));
        assertTrue(msg.contains("data_type 'money' is not supported. Use one of bigint, binary"), msg);
        assertEquals("decimal(18,2)", new SchemaHint("a", "DECIMAL", null, 18, 2, null, 0, true).typeString());
    }

    @Test
    void loadType_parse_aliasesAndUnknown() {
        assertEquals(LoadType.FULL_LOAD, LoadType.parse(" Full_Load "));
        assertEquals(LoadType.APPEND, LoadType.parse(null));
        assertEquals("Unknown load type: 'upsert'. Use one of append, overwrite, full_load, merge_upsert,"
                + " merge_overwrite, scd2.", fails(() -> LoadType.parse("upsert")));
    }

    @Test
    void backward_negative_fails() {
        String msg = fails(() -> Backward.fromConfigure(Map.of("backward_days", -1), "x"));
        assertTrue(msg.startsWith("backward_days must not be negative, got '-1'"), msg);
        assertTrue(fails(() -> Backward.fromConfigure(Map.of("backward_days", "two"), "source configure"))
                .startsWith("source configure.backward_days must be a whole number, got 'two'"));
    }
}
