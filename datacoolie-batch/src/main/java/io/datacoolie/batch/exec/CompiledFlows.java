package io.datacoolie.batch.exec;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.sql.DataflowSql;
import io.datacoolie.sql.Dialect;
import io.datacoolie.sql.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Compiles each dataflow's SQL once (fragments parsed and checked against the real source columns) and keeps it. */
public final class CompiledFlows {
    private final Map<String, DataflowSql> cache = new ConcurrentHashMap<>();

    /**
     * @param df the dataflow
     * @param src a source connection
     * @param dst a destination connection
     * @return its compiled SQL
     * @throws SQLException when the source cannot be described
     */
    public DataflowSql compile(DataFlow df, Connection src, Connection dst) throws SQLException {
        DataflowSql hit = cache.get(df.dataflowId());
        if (hit != null) {
            return hit;
        }
        TableSchema schema = df.source().isQueryMode() ? TableSchema.ofQuery(src, df.source().query())
                : TableSchema.read(src, df.source().schemaName(), df.source().table())
                        .orElseThrow(() -> new InvalidDataflowException("Dataflow '" + df.displayName()
                                + "': source.table '" + qualified(df.source().schemaName(), df.source().table())
                                + "' does not exist in connection '" + df.source().connection().name()
                                + "'. Check source.schema_name and source.table."));
        DataflowSql sql = DataflowSql.compile(df, schema, Dialect.detect(src), Dialect.detect(dst));
        cache.put(df.dataflowId(), sql);
        return sql;
    }

    static String qualified(String schema, String table) {
        return schema == null || schema.isBlank() ? table : schema + "." + table;
    }
}
