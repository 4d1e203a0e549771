package io.datacoolie.sql;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The index DataCoolie adds to a destination table it creates, on the dataflow's first watermark column (the default
 * replay chunk column), so that a re-run chunk's {@code DELETE ... WHERE col >= ? AND col < ?} does not scan the table.
 */
final class WatermarkIndex {
    /** PostgreSQL truncates identifiers at 63 bytes and MariaDB rejects more than 64 characters. */
    static final int MAX_LENGTH = 63;

    private WatermarkIndex() {
    }

    /**
     * @param t the table just created
     * @param sql the dataflow
     * @return the {@code CREATE INDEX}, or empty when the dataflow has no watermark column or does not write it
     */
    static Optional<String> createSql(DestinationTable t, DataflowSql sql) {
        if (sql.dataflow().source().watermarkColumns().isEmpty()) {
            return Optional.empty();
        }
        String source = sql.chunkColumn(null);
        return t.outputs.stream().filter(o -> o.equalsIgnoreCase(source)).findFirst().map(column -> "CREATE INDEX "
                + t.dialect.quote(name(t.schema.table(), column, t.dialect.storesUpperCase())) + " ON " + t.qualified
                + " (" + t.dialect.quote(column) + ")");
    }

    /**
     * @param table the table's name
     * @param column the indexed column's name
     * @param upper true when the catalog folds unquoted names to upper case (H2), so the name looks as usual there
     * @return {@code ix_<table>_<column>} in lower-case letters, digits and underscores; when that is longer than
     *     {@value #MAX_LENGTH} characters or other characters had to be replaced, it is cut and ends in a hash of the
     *     full name, so that it stays distinct and the same on every run
     */
    static String name(String table, String column, boolean upper) {
        String raw = ("ix_" + table + "_" + column).toLowerCase(Locale.ROOT);
        String full = raw.replaceAll("[^a-z0-9_]", "_");
        if (full.length() > MAX_LENGTH || !full.equals(raw)) {
            CRC32 crc = new CRC32();
            crc.update(raw.getBytes(StandardCharsets.UTF_8));
            String hash = HexFormat.of().toHexDigits((int) crc.getValue());
            full = full.substring(0, Math.min(full.length(), MAX_LENGTH - hash.length() - 1)) + "_" + hash;
        }
        return upper ? full.toUpperCase(Locale.ROOT) : full;
    }
}
