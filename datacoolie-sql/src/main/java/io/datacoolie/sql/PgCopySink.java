package io.datacoolie.sql;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Streams rows into PostgreSQL with {@code COPY ... FROM STDIN (FORMAT csv)}, in 256 KB writes. */
final class PgCopySink implements RowSink {
    private static final int FLUSH_AT = 256 * 1024;
    private final CopyIn copy;
    private final StringBuilder buf = new StringBuilder(FLUSH_AT + 4096);
    private boolean done;

    private PgCopySink(CopyIn copy) {
        this.copy = copy;
    }

    /** @return a COPY sink, or null when the connection is not a pgjdbc connection */
    static RowSink open(Connection dst, String table, String columns) throws SQLException {
        if (!dst.isWrapperFor(PGConnection.class)) {
            return null;
        }
        PGConnection pg = dst.unwrap(PGConnection.class);
        return new PgCopySink(pg.getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)"));
    }

    @Override
    public void add(Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                buf.append(',');
            }
            append(row[i]);
        }
        buf.append('\n');
        if (buf.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void append(Object v) {
        if (v == null) {
            return; // an unquoted empty field is NULL in CSV COPY
        }
        if (v instanceof Number || v instanceof Boolean) {
            buf.append(v instanceof java.math.BigDecimal ? ((java.math.BigDecimal) v).toPlainString() : v.toString());
        } else if (v instanceof byte[]) {
            buf.append("\\x").append(HexFormat.of().formatHex((byte[]) v));
        } else if (v instanceof Timestamp) {
            // Keep the instant: a zoned column reads the offset, a naive one its local part (= toLocalDateTime()).
            buf.append(((Timestamp) v).toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime());
        } else {
            String s = v.toString();
            buf.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                buf.append(c == '"' ? "\"\"" : String.valueOf(c));
            }
            buf.append('"');
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buf.setLength(0);
    }

    @Override
    public long finish() throws SQLException {
        flush();
        done = true;
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (!done && copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
