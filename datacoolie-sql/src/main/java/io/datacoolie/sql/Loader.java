package io.datacoolie.sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Moves the read's rows into a target table: pushed down as one {@code INSERT ... SELECT} inside one database, or
 * streamed (fetch size, batched inserts) between databases, tracking count and watermark maxima on the way.
 */
final class Loader {
    private final DataflowSql sql;
    private final DestinationTable t;
    private final TransferOptions options;
    private final List<Object> frameworkValues;
    private long streamedCount;
    private Map<String, Object> streamedMax = Map.of();

    Loader(DataflowSql sql, DestinationTable t, TransferOptions options, String runId, LocalDateTime nowUtc) {
        this.sql = sql;
        this.t = t;
        this.options = options;
        List<Object> fw = new ArrayList<>();
        if (t.scd2) {
            fw.add(null);
            fw.add(Boolean.TRUE);
        }
        Collections.addAll(fw, nowUtc, nowUtc, "DataCoolie", runId);
        this.frameworkValues = Collections.unmodifiableList(fw);
    }

    /** Same database: one statement, no row through the JVM. */
    long pushDown(Exec exec, String target, ReadWindow w) throws SQLException {
        Dialect d = t.dialect;
        boolean cast = d != Dialect.MARIADB && d != Dialect.MYSQL;
        List<String> extra = new ArrayList<>();
        List<Object> binds = new ArrayList<>();
        if (t.scd2) {
            String type = t.schema.find("__valid_to").orElseThrow().typeName();
            extra.add(cast ? "CAST(NULL AS " + type + ")" : "NULL");
            extra.add("TRUE");
        }
        String ts = cast ? "CAST(? AS TIMESTAMP)" : "?";
        String str = cast ? "CAST(? AS VARCHAR(64))" : "?";
        Collections.addAll(extra, ts, ts, str, str);
        binds.addAll(frameworkValues.subList(frameworkValues.size() - 4, frameworkValues.size()));
        BoundSql select = sql.select(w, extra, binds);
        return exec.update(new BoundSql("INSERT INTO " + target + " (" + t.columnList() + ") " + select.sql(),
                select.binds()));
    }

    /**
     * Different databases: stream with a fetch size into batched inserts (or COPY), the source read one batch ahead
     * of the destination write when {@link TransferOptions#readAhead()} allows it; returns rows written.
     */
    long stream(Connection src, Exec exec, String target, ReadWindow w) throws SQLException {
        int nOut = t.outputs.size();
        String placeholders = String.join(", ", Collections.nCopies(nOut + frameworkValues.size(), "?"));
        String insert = "INSERT INTO " + target + " (" + t.columnList() + ") VALUES (" + placeholders + ")";
        // PostgreSQL only streams with a cursor inside a transaction; never touch a connection the caller writes on.
        boolean separate = src != exec.connection();
        boolean restore = separate && src.getAutoCommit() && sql.sourceDialect() == Dialect.POSTGRES;
        if (restore) {
            src.setAutoCommit(false);
        }
        try (SourceRows rows = SourceRows.open(sql, src, w, frameworkValues, options.fetchSize(), exec);
                RowSink sink = sink(exec, target, insert)) {
            if (options.readAhead() && separate) {
                ReadAhead.copy(rows, sink, options.fetchSize(), "datacoolie-read-" + sql.dataflow().displayName());
            } else {
                Object[][] batch = new Object[options.fetchSize()][];
                for (int n = rows.fill(batch); n > 0; n = n < batch.length ? 0 : rows.fill(batch)) {
                    for (int i = 0; i < n; i++) {
                        sink.add(batch[i]);
                    }
                }
            }
            streamedCount = rows.count();
            streamedMax = rows.max();
            return sink.finish();
        } finally {
            if (restore) {
                src.rollback();
                src.setAutoCommit(true);
            }
        }
    }

    private RowSink sink(Exec exec, String target, String insert) throws SQLException {
        if (options.useCopy() && t.dialect.supportsCopy()) {
            RowSink copy = PgCopySink.open(exec.connection(), target, t.columnList());
            if (copy != null) {
                exec.record(BoundSql.of("COPY " + target + " (" + t.columnList() + ") FROM STDIN (FORMAT csv)"));
                return copy;
            }
        }
        exec.record(BoundSql.of(insert)); // logged once; executed in batches
        return new BatchInsertSink(exec.connection(), insert, options.batchSize());
    }

    /** Converts driver types to java.time and Long, so watermark values compare and serialise alike. */
    static Object normalize(Object v) {
        if (v instanceof java.sql.Timestamp) {
            return ((java.sql.Timestamp) v).toLocalDateTime();
        }
        if (v instanceof java.sql.Date) {
            return ((java.sql.Date) v).toLocalDate();
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte || v instanceof java.math.BigInteger) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigDecimal && ((BigDecimal) v).scale() <= 0) {
            try {
                return ((BigDecimal) v).longValueExact();
            } catch (ArithmeticException e) {
                return v;
            }
        }
        return v;
    }

    long streamedCount() {
        return streamedCount;
    }

    Map<String, Object> streamedMax() {
        return streamedMax;
    }
}
