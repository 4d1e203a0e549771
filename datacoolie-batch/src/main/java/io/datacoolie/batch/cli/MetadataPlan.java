package io.datacoolie.batch.cli;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.chunk.Chunk;
import io.datacoolie.api.chunk.ChunkPlan;
import io.datacoolie.metadata.JdbcSpec;
import io.datacoolie.metadata.JdbcSpecs;
import io.datacoolie.sql.BoundSql;
import io.datacoolie.sql.DataflowSql;
import io.datacoolie.sql.Dialect;
import io.datacoolie.sql.ReadWindow;
import io.datacoolie.sql.TableSchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneId;

/**
 * The SQL each chunk of a dataflow would run, for {@code plan --metadata}: the source's columns are read (to
 * validate fragments and type the binds); the destination is never contacted, its dialect comes from its URL.
 */
final class MetadataPlan {
    private final DataflowSql sql;
    private final String column;
    private final ZoneId zone;

    private MetadataPlan(DataflowSql sql, String column, ZoneId zone) {
        this.sql = sql;
        this.column = column;
        this.zone = zone;
    }

    static MetadataPlan of(DataFlow df, String chunkColumn, ZoneId zone) {
        DataflowSql sql = compile(df);
        return new MetadataPlan(sql, sql.chunkColumn(chunkColumn), zone);
    }

    /** @return the SQL of an incremental run, which reads no chunk */
    static BoundSql read(DataFlow df, ReadWindow window) {
        return compile(df).read(window);
    }

    private static DataflowSql compile(DataFlow df) {
        JdbcSpec src = JdbcSpecs.resolve(df.source().connection());
        JdbcSpec dst = JdbcSpecs.resolve(df.destination().connection());
        try (Connection c = DriverManager.getConnection(src.url(), src.toProperties())) {
            TableSchema schema = df.source().isQueryMode() ? TableSchema.ofQuery(c, df.source().query())
                    : TableSchema.read(c, df.source().schemaName(), df.source().table()).orElseThrow(() ->
                            new InvalidDataflowException("Dataflow '" + df.displayName() + "': source.table '"
                                    + df.source().table() + "' does not exist in connection '"
                                    + df.source().connection().name() + "'. Check source.schema_name and source.table."));
            return DataflowSql.compile(df, schema, Dialect.detect(c), Dialect.fromUrl(dst.url()));
        } catch (SQLException e) {
            throw new io.datacoolie.api.DataCoolieException("Dataflow '" + df.displayName() + "': cannot read the"
                    + " source's columns: " + e.getMessage() + ". Check connection '" + df.source().connection().name()
                    + "'.", e);
        }
    }

    String column() {
        return column;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    BoundSql read(Chunk<?> c) {
        return sql.read(ReadWindow.chunk(column, (io.datacoolie.api.chunk.ChunkInterval) c.interval(), zone));
    }

    static String bindText(Object b) {
        return b == null ? "NULL" : b instanceof Number ? b.toString() : "'" + b + "'";
    }

    void printTable(java.io.PrintWriter out, DataFlow df, ChunkPlan<?> plan) {
        out.println("Dataflow '" + df.displayName() + "': " + plan.size() + " chunks on " + column);
        for (Chunk<?> c : plan.chunks()) {
            BoundSql b = read(c);
            out.println("  " + c.id() + " " + c.interval());
            out.println("    " + b.sql());
            out.println("    binds: " + b.binds().stream().map(MetadataPlan::bindText).toList());
        }
    }
}
