package io.datacoolie.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The set-based statements each load strategy runs from the stage table into the destination (reference §6). */
final class WriteSql {
    private final DestinationTable t;
    private final Dialect d;
    private final String stage;
    private final String table;

    WriteSql(DestinationTable t, String stage) {
        this.t = t;
        this.d = t.dialect;
        this.stage = stage;
        this.table = d.quote(t.schema.table());
    }

    String stageName() {
        return stage;
    }

    private String keyEq(String left, String right) {
        return t.keys.stream().map(k -> left + "." + d.quote(k) + " = " + right + "." + d.quote(k))
                .collect(Collectors.joining(" AND "));
    }

    private String keyTuple(String prefix) {
        String k = t.keys.stream().map(x -> prefix + d.quote(x)).collect(Collectors.joining(", "));
        return t.keys.size() == 1 ? k : "(" + k + ")";
    }

    String nullKeys() {
        return "SELECT COUNT(*) FROM " + stage + " WHERE "
                + t.keys.stream().map(k -> d.quote(k) + " IS NULL").collect(Collectors.joining(" OR "));
    }

    String matched() {
        return "SELECT COUNT(*) FROM " + stage + " s WHERE EXISTS (SELECT 1 FROM " + t.qualified + " x WHERE "
                + keyEq("x", "s") + ")";
    }

    String insertAll() {
        return "INSERT INTO " + t.qualified + " (" + t.columnList() + ") SELECT " + t.columnList() + " FROM " + stage;
    }

    private List<String> updatable() {
        List<String> cols = new ArrayList<>(t.outputs);
        cols.addAll(t.framework());
        cols.removeIf(c -> t.keys.contains(c) || c.equalsIgnoreCase("__created_at"));
        return cols;
    }

    /** Native upsert: ON CONFLICT (PostgreSQL) or ON DUPLICATE KEY (MariaDB); both need a unique key. */
    String upsertOnKey() {
        if (d == Dialect.POSTGRES) {
            return insertAll() + " ON CONFLICT (" + t.keys.stream().map(d::quote).collect(Collectors.joining(", "))
                    + ") DO UPDATE SET " + updatable().stream().map(c -> d.quote(c) + " = EXCLUDED." + d.quote(c))
                    .collect(Collectors.joining(", "));
        }
        return insertAll() + " ON DUPLICATE KEY UPDATE " + updatable().stream()
                .map(c -> d.quote(c) + " = VALUES(" + d.quote(c) + ")").collect(Collectors.joining(", "));
    }

    /** Standard MERGE (H2, PostgreSQL 15+), needing no unique key. */
    String merge() {
        String cols = t.columnList();
        String values = "s." + cols.replace(", ", ", s.");
        return "MERGE INTO " + t.qualified + " x USING " + stage + " s ON (" + keyEq("x", "s") + ")"
                + " WHEN MATCHED THEN UPDATE SET " + updatable().stream().map(c -> d.quote(c) + " = s." + d.quote(c))
                .collect(Collectors.joining(", "))
                + " WHEN NOT MATCHED THEN INSERT (" + cols + ") VALUES (" + values + ")";
    }

    /** MariaDB without a unique key: update the matches through a join. */
    String updateJoin() {
        return "UPDATE " + t.qualified + " x JOIN " + stage + " s ON " + keyEq("x", "s") + " SET "
                + updatable().stream().map(c -> "x." + d.quote(c) + " = s." + d.quote(c))
                .collect(Collectors.joining(", "));
    }

    String insertUnmatched() {
        return insertAll() + " s WHERE NOT EXISTS (SELECT 1 FROM " + t.qualified + " x WHERE " + keyEq("x", "s") + ")";
    }

    String deleteMatchedKeys() {
        return "DELETE FROM " + t.qualified + " WHERE " + keyTuple("") + " IN (SELECT " + keyTuple("").replaceAll(
                "^\\(|\\)$", "") + " FROM " + stage + ")";
    }

    /** scd2 step 1: close the current version of every key that the batch has a newer version of. */
    String scd2Close() {
        String vf = d.quote(t.fw("__valid_from"));
        String newer = " FROM " + stage + " s WHERE " + keyEq(table, "s") + " AND s." + vf + " > " + table + "." + vf;
        return "UPDATE " + t.qualified + " SET " + d.quote(t.fw("__valid_to")) + " = (SELECT MIN(s." + vf + ")" + newer
                + "), " + d.quote(t.fw("__is_current")) + " = FALSE, " + d.quote(t.fw("__updated_at")) + " = ?, "
                + d.quote(t.fw("__dataflow_run_id")) + " = ? WHERE " + d.quote(t.fw("__is_current")) + " = TRUE AND EXISTS"
                + " (SELECT 1" + newer + ")";
    }

    /** scd2 step 2: insert versions not yet present (idempotent), closed at once when a newer version exists. */
    String scd2Insert() {
        String vf = d.quote(t.fw("__valid_from"));
        String later = " FROM " + t.qualified + " x WHERE " + keyEq("x", "s") + " AND x." + vf + " > s." + vf;
        List<String> select = new ArrayList<>();
        for (String c : t.outputs) {
            select.add("s." + d.quote(c));
        }
        select.add("(SELECT MIN(x." + vf + ")" + later + ")");
        select.add("CASE WHEN EXISTS (SELECT 1" + later + ") THEN FALSE ELSE TRUE END");
        DestinationTable.AUDIT.forEach(a -> select.add("s." + d.quote(t.fw(a))));
        return "INSERT INTO " + t.qualified + " (" + t.columnList() + ") SELECT " + String.join(", ", select)
                + " FROM " + stage + " s WHERE NOT EXISTS (SELECT 1 FROM " + t.qualified + " x WHERE "
                + keyEq("x", "s") + " AND x." + vf + " = s." + vf + ")";
    }
}
