package io.datacoolie.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** One test per malformed case; each asserts its own message. */
class MalformedMetadataTest {
    private static final String CONNECTIONS = """
            "connections": [
              {"name": "src_pg", "connection_type": "database",
               "configure": {"database_type": "postgresql", "host": "h", "database": "d"}},
              {"name": "dw", "configure": {"url": "jdbc:h2:mem:dw"}}
            ]""";

    /** A document with the two connections and one dataflow made of the given parts. */
    private static String flow(String source, String destination, String extra) {
        return "{" + CONNECTIONS + ", \"dataflows\": [{\"name\": \"orders\", \"source\": " + source
                + ", \"destination\": " + destination + extra + "}]}";
    }

    private static final String SRC = "{\"connection_name\": \"src_pg\", \"table\": \"orders\","
            + " \"watermark_columns\": [\"updated_at\"]}";
    private static final String DST = "{\"connection_name\": \"dw\", \"table\": \"orders\"}";

    private static MetadataException fails(String json) {
        return assertThrows(MetadataException.class, () -> MetadataLoader.parse(json, "test"));
    }

    private static String only(String json) {
        MetadataException e = fails(json);
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void unknownSourceField_suggestsClosestName() {
        String p = only(flow("{\"connection_name\": \"src_pg\", \"table\": \"t\", \"watermark_column\": \"a\"}", DST,
                ""));
        assertEquals("Dataflow 'orders', dataflows[0].source: unknown field 'watermark_column';"
                + " did you mean 'watermark_columns'?", p);
    }

    @Test
    void unknownField_withoutCloseName_listsKnownFields() {
        String p = only(flow(SRC, DST, ", \"owner_team\": \"x\""));
        assertTrue(p.startsWith("Dataflow 'orders', dataflows[0]: unknown field 'owner_team'. Known fields:"
                + " configure, dataflow_id, description, destination,"), p);
    }

    @Test
    void unknownTopLevelKey_isReported() {
        assertEquals("unknown field 'dataflow'; did you mean 'dataflows'?",
                only("{" + CONNECTIONS + ", \"dataflow\": []}"));
    }

    @Test
    void valueRules_cannotBeHonoured() {
        String p = only(flow(SRC, DST, ", \"transform\": {\"value_rules\": [{\"column\": \"a\"}]}"));
        assertEquals("Dataflow 'orders', dataflows[0].transform.value_rules: 'value_rules' (row validation rules)"
                + " is a field of the Python original that this JDBC edition cannot honour. Remove it, or run this"
                + " dataflow with the Python edition.", p);
    }

    @Test
    void emptyUnsupportedField_isTolerated() {
        MetadataLoader.parse(flow(SRC, DST, ", \"transform\": {\"hash_columns\": [], \"masking_rules\": null}"), "t");
    }

    @Test
    void pythonFunctionSource_cannotBeHonoured() {
        String p = only(flow("{\"connection_name\": \"src_pg\", \"table\": \"t\", \"python_function\": \"m.f\"}", DST,
                ""));
        assertTrue(p.contains("source.python_function: 'python_function' (Python function sources) is a field of"
                + " the Python original that this JDBC edition cannot honour"), p);
    }

    @Test
    void fileConnection_cannotBeHonoured() {
        String p = only("{\"connections\": [{\"name\": \"lake\", \"connection_type\": \"file\", \"format\": \"parquet\","
                + " \"configure\": {\"base_path\": \"/data\"}}]}");
        assertEquals("connections[0]: Connection 'lake': connection_type 'file' cannot be honoured by this JDBC edition,"
                + " which only reads and writes 'database' connections. Set connection_type to 'database' (format"
                + " 'sql'), or run this dataflow with the Python edition.", p);
    }

    @Test
    void unknownConnectionName_suggestsAndListsDefined() {
        String p = only(flow("{\"connection_name\": \"src_pgg\", \"table\": \"t\"}", DST, ""));
        assertEquals("Dataflow 'orders', dataflows[0].source.connection_name: unknown connection 'src_pgg'; did you"
                + " mean 'src_pg'? Defined connections: src_pg, dw.", p);
    }

    @Test
    void missingConnection_isReported() {
        String p = only(flow("{\"table\": \"t\"}", DST, ""));
        assertTrue(p.endsWith("dataflows[0].source: no connection given. Set connection_name to one of the defined"
                + " connections: src_pg, dw."), p);
    }

    @Test
    void conflictingConnectionReferences_areReported() {
        String p = only(flow("{\"connection_name\": \"src_pg\", \"connection\": \"dw\", \"table\": \"t\"}", DST, ""));
        assertTrue(p.contains("connection_name, connection and connection_id name different connections (src_pg, dw)"),
                p);
    }

    @Test
    void mergeUpsertWithoutKeys_namesDataflowAndFix() {
        String p = only(flow(SRC, "{\"connection_name\": \"dw\", \"table\": \"t\", \"load_type\": \"merge_upsert\"}",
                ""));
        assertEquals("Dataflow 'orders', dataflows[0]: destination.load_type 'merge_upsert' requires"
                + " destination.merge_keys, got none. Set merge_keys to the key columns, e.g. [\"order_id\"], or use"
                + " load_type 'append'.", p);
    }

    @Test
    void replaceByWatermark_withAppend_isRejected() {
        String p = only(flow("{\"connection_name\": \"src_pg\", \"table\": \"t\", \"watermark_columns\": \"u\","
                + " \"configure\": {\"backward_days\": 1}}",
                "{\"connection_name\": \"dw\", \"table\": \"t\", \"configure\": {\"replace_by_watermark\": true}}", ""));
        assertTrue(p.contains("replace_by_watermark is only supported with merge_overwrite load_type, got 'append'"),
                p);
    }

    @Test
    void replaceByWatermark_withoutBackward_isRejected() {
        String p = only(flow(SRC, "{\"connection_name\": \"dw\", \"table\": \"t\", \"load_type\": \"merge_overwrite\","
                + " \"merge_keys\": \"id\", \"configure\": {\"replace_by_watermark\": \"true\"}}", ""));
        assertTrue(p.contains("replace_by_watermark requires date_backward on the source"), p);
    }

    @Test
    void scd2WithoutEffectiveColumn_isRejected() {
        String p = only(flow(SRC, "{\"connection_name\": \"dw\", \"table\": \"t\", \"load_type\": \"scd2\","
                + " \"merge_keys\": [\"id\"]}", ""));
        assertTrue(p.contains("'scd2' requires destination.configure.scd2_effective_column"), p);
    }

    @Test
    void unknownLoadType_listsValidOnes() {
        String p = only(flow(SRC, "{\"connection_name\": \"dw\", \"table\": \"t\", \"load_type\": \"upsert\"}", ""));
        assertEquals("Dataflow 'orders', dataflows[0].destination.load_type: Unknown load type: 'upsert'. Use one of"
                + " append, overwrite, full_load, merge_upsert, merge_overwrite, scd2.", p);
    }

    @Test
    void misspeltDestinationConfigureKey_suggests() {
        String p = only(flow(SRC, "{\"connection_name\": \"dw\", \"table\": \"t\","
                + " \"configure\": {\"replace_by_watermak\": true}}", ""));
        assertTrue(p.endsWith("dataflows[0].destination.configure: unknown field 'replace_by_watermak'; did you mean"
                + " 'replace_by_watermark'?"), p);
    }

    @Test
    void nestedBackwardUnknownKey_suggests() {
        String p = only(flow("{\"connection_name\": \"src_pg\", \"table\": \"t\","
                + " \"configure\": {\"backward\": {\"day\": 1}}}", DST, ""));
        assertTrue(p.endsWith("dataflows[0].source.configure.backward: unknown field 'day'; did you mean 'days'?"), p);
    }

    @Test
    void backwardNotANumber_isRejected() {
        String p = only(flow("{\"connection_name\": \"src_pg\", \"table\": \"t\","
                + " \"configure\": {\"backward_days\": \"two\"}}", DST, ""));
        assertTrue(p.contains("source configure.backward_days must be a whole number, got 'two'"), p);
    }

    @Test
    void sourceWithoutTableOrQuery_isRejected() {
        String p = only(flow("{\"connection_name\": \"src_pg\"}", DST, ""));
        assertEquals("Dataflow 'orders', dataflows[0].source: source needs a table or a query, got neither."
                + " Set source.table (and source.schema_name), or source.query.", p);
    }

    @Test
    void destinationWithoutTable_isRejected() {
        String p = only(flow(SRC, "{\"connection_name\": \"dw\", \"table\": \" \"}", ""));
        assertTrue(p.endsWith("dataflows[0].destination: Destination.table must be a non-empty string. Set"
                + " destination.table to the name of the table to write."), p);
    }

    @Test
    void missingDestination_isRejected() {
        String p = only("{" + CONNECTIONS + ", \"dataflows\": [{\"name\": \"orders\", \"source\": " + SRC + "}]}");
        assertEquals("Dataflow 'orders', dataflows[0]: 'destination' is required. Add a destination object.", p);
    }

    @Test
    void badWatermarkColumnName_isRejected() {
        String p = only(flow("{\"connection_name\": \"src_pg\", \"table\": \"t\", \"watermark_columns\":"
                + " \"updated at\"}", DST, ""));
        assertTrue(p.contains("'updated at' is not a column name"), p);
    }

    @Test
    void watermarkColumnsBrokenJsonArray_isRejected() {
        String p = only(flow("{\"connection_name\": \"src_pg\", \"table\": \"t\", \"watermark_columns\": \"[a\"}",
                DST, ""));
        assertTrue(p.startsWith("Dataflow 'orders', dataflows[0].source.watermark_columns: holds '[a', which is not a"
                + " valid JSON array"), p);
    }

    @Test
    void groupNumberNotANumber_isRejected() {
        String p = only(flow(SRC, DST, ", \"group_number\": \"first\""));
        assertEquals("Dataflow 'orders', dataflows[0].group_number: must be a whole number, got the string 'first'."
                + " Write it as e.g. 1.", p);
    }

    @Test
    void isActiveNotABoolean_isRejected() {
        String p = only(flow(SRC, DST, ", \"is_active\": \"yes\""));
        assertTrue(p.endsWith("dataflows[0].is_active: must be true or false, got the string 'yes'."), p);
    }

    @Test
    void unknownProcessingMode_isRejected() {
        String p = only(flow(SRC, DST, ", \"processing_mode\": \"realtime\""));
        assertTrue(p.contains("processing_mode 'realtime' is not valid. Use 'batch' (default), 'microbatch' or"
                + " 'streaming'."), p);
    }

    @Test
    void urlWithUnknownPlaceholder_isAnError() {
        String p = only("{\"connections\": [{\"name\": \"c\", \"configure\": {\"url\":"
                + " \"jdbc:postgresql://{host}:{port}/{db}\", \"host\": \"h\", \"port\": 5432}}]}");
        assertEquals("connections[0]: Connection 'c': configure.url has the unknown placeholder '{db}'. Only {user},"
                + " {password}, {host}, {port} and {database} are filled in; write the value itself instead.", p);
    }

    @Test
    void urlPlaceholderWithoutValue_isAnError() {
        String p = only("{\"connections\": [{\"name\": \"c\", \"configure\": {\"url\":"
                + " \"jdbc:postgresql://{host}/x\"}}]}");
        assertTrue(p.endsWith("configure.url uses '{host}', but configure has no 'host'. Add it to configure, or"
                + " write the value into the URL."), p);
    }

    @Test
    void mssqlWithoutUrl_cannotBeRendered() {
        String p = only("{\"connections\": [{\"name\": \"dw_mssql\", \"configure\": {\"database_type\": \"mssql\","
                + " \"host\": \"dw\", \"port\": 1433, \"database\": \"dw\"}}]}");
        assertTrue(p.contains("this JDBC edition cannot build a URL for database_type 'mssql' from host, port and"
                + " database. Set configure.url to a full JDBC URL, e.g."), p);
    }

    @Test
    void neitherUrlNorDatabaseType_isAnError() {
        String p = only("{\"connections\": [{\"name\": \"c\", \"configure\": {\"host\": \"h\"}}]}");
        assertTrue(p.contains("configure has neither 'url' nor 'database_type'"), p);
    }

    @Test
    void builtUrlWithoutHost_isAnError() {
        String p = only("{\"connections\": [{\"name\": \"c\", \"configure\": {\"database_type\": \"mariadb\","
                + " \"database\": \"shop\"}}]}");
        assertTrue(p.endsWith("configure.host is required to build a mariadb URL, got none. Set configure.host, or"
                + " give configure.url."), p);
    }

    @Test
    void databaseTypeContradictingUrl_isAnError() {
        String p = only("{\"connections\": [{\"name\": \"c\", \"configure\": {\"database_type\": \"postgresql\","
                + " \"url\": \"jdbc:h2:mem:x\"}}]}");
        assertTrue(p.contains("configure.database_type 'postgresql' contradicts configure.url, which names 'h2'"), p);
    }

    @Test
    void badPort_isAnError() {
        String p = only("{\"connections\": [{\"name\": \"c\", \"configure\": {\"database_type\": \"postgresql\","
                + " \"host\": \"h\", \"database\": \"d\", \"port\": \"54x\"}}]}");
        assertTrue(p.endsWith("configure.port must be a number between 1 and 65535, got '54x'."), p);
    }

    @Test
    void servicePrincipalAuth_cannotBeHonoured() {
        String p = only("{\"connections\": [{\"name\": \"c\", \"configure\": {\"url\": \"jdbc:h2:mem:x\","
                + " \"auth_type\": \"service_principal\"}}]}");
        assertTrue(p.contains("configure.auth_type 'service_principal' is a field of the Python original that this"
                + " JDBC edition cannot honour"), p);
    }

    @Test
    void vaultSecretSource_cannotBeHonoured() {
        String p = only("{\"connections\": [{\"name\": \"c\", \"configure\": {\"url\": \"jdbc:h2:mem:x\","
                + " \"password\": \"kv-secret\"}, \"secrets_ref\": {\"vault\": [\"password\"]}}]}");
        assertTrue(p.contains("secrets_ref source 'vault' cannot be honoured by this JDBC edition"), p);
    }

    @Test
    void secretFieldWithoutValue_isAnError() {
        String p = only("{\"connections\": [{\"name\": \"c\", \"configure\": {\"url\": \"jdbc:h2:mem:x\"},"
                + " \"secrets_ref\": {\"env\": [\"password\"]}}]}");
        assertTrue(p.endsWith("secrets_ref lists configure field 'password', but configure has no value for it. Set"
                + " configure.password to the name of the environment variable that holds the secret."), p);
    }

    @Test
    void secretFieldUnderTwoSources_isAnError() {
        String p = only("{\"connections\": [{\"name\": \"c\", \"configure\": {\"url\": \"jdbc:h2:mem:x\","
                + " \"password\": \"P\"}, \"secrets_ref\": {\"env\": \"password\", \"\": [\"password\"]}}]}");
        assertTrue(p.contains("secrets_ref lists configure field 'password' under both 'env' and ''"), p);
    }

    @Test
    void configureAsBrokenJsonString_isAnError() {
        String p = only("{\"connections\": [{\"name\": \"c\", \"configure\": \"{url: x}\"}]}");
        assertTrue(p.startsWith("connections[0].configure: holds a string that is not valid JSON"), p);
    }

    @Test
    void duplicateConnectionName_isAnError() {
        String p = only("{\"connections\": [{\"name\": \"c\", \"configure\": {\"url\": \"jdbc:h2:mem:a\"}},"
                + " {\"name\": \"c\", \"configure\": {\"url\": \"jdbc:h2:mem:b\"}}]}");
        assertEquals("connections[1]: connection name 'c' is defined twice with different settings. Give every"
                + " connection a unique name.", p);
    }

    @Test
    void duplicateDataflowId_isAnError() {
        String df = "{\"name\": \"orders\", \"source\": " + SRC + ", \"destination\": " + DST + "}";
        String p = only("{" + CONNECTIONS + ", \"dataflows\": [" + df + ", " + df + "]}");
        assertTrue(p.endsWith("dataflows[1]: dataflow_id '" + io.datacoolie.api.Ids.derive("orders") + "' is already"
                + " used by dataflows[0]. Give every dataflow a unique name or id."), p);
    }

    @Test
    void dataflowWithoutNameOrId_isAnError() {
        String p = only("{" + CONNECTIONS + ", \"dataflows\": [{\"source\": " + SRC + ", \"destination\": " + DST
                + "}]}");
        assertTrue(p.contains("A dataflow has neither a dataflow_id nor a name"), p);
    }

    @Test
    void duplicateJsonKey_isAnError() {
        String p = only("{\"connections\": [], \"connections\": []}");
        assertTrue(p.startsWith("not valid JSON: Duplicate field 'connections'"), p);
    }

    @Test
    void notJson_reportsLineAndColumn() {
        String p = only("{\"connections\": [\n  {\"name\": }\n]}");
        assertTrue(p.contains("at line 2, column"), p);
    }

    @Test
    void unknownSchemaHintType_isAnError() {
        String p = only(flow(SRC, DST, ", \"transform\": {\"schema_hints\": [{\"column_name\": \"a\","
                + " \"data_type\": \"money\"}]}"));
        assertTrue(p.contains("dataflows[0].transform.schema_hints[0]: schema hint for column 'a': data_type 'money'"
                + " is not supported."), p);
    }

    @Test
    void chainedRename_isAnError() {
        String p = only(flow(SRC, DST, ", \"transform\": {\"rename_columns\": {\"a\": \"b\", \"b\": \"c\"}}"));
        assertTrue(p.contains("'a' -> 'b' is chained or cyclic"), p);
    }

    @Test
    void additionalColumnWithoutExpression_isAnError() {
        String p = only(flow(SRC, DST, ", \"transform\": {\"additional_columns\": [{\"column\": \"x\"}]}"));
        assertTrue(p.endsWith("transform.additional_columns[0]: transform.additional_columns: column 'x' has no"
                + " 'expression'. Give the SQL expression that computes it."), p);
    }

    @Test
    void partitionColumnObjectWithUnknownKey_suggests() {
        String p = only(flow(SRC, "{\"connection_name\": \"dw\", \"table\": \"t\", \"partition_columns\":"
                + " [{\"column\": \"d\", \"expr\": \"x\"}]}", ""));
        assertTrue(p.endsWith("destination.partition_columns[0]: unknown field 'expr'; did you mean 'expression'?"), p);
    }

    @Test
    void severalProblems_areAllReported() {
        MetadataException e = fails(flow("{\"connection_name\": \"nope\", \"tabel\": \"t\"}",
                "{\"connection_name\": \"dw\", \"load_type\": \"merge\"}", ""));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Invalid metadata in test (3 problems):\n  - "), e.getMessage());
    }

    @Test
    void missingFile_isAnError() {
        MetadataException e = assertThrows(MetadataException.class,
                () -> MetadataLoader.load(Path.of("does-not-exist.json")));
        assertEquals("Invalid metadata in file 'does-not-exist.json': the file does not exist. Check the --metadata"
                + " path.", e.getMessage());
    }
}
