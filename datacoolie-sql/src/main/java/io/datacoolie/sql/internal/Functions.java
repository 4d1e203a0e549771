package io.datacoolie.sql.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSyntax;

/**
 * The allow-list of functions a fragment may call: deterministic, side-effect free, and rendered the same way (or
 * mapped) on every supported database. Everything else is rejected, with a pointed message for known dangers.
 */
final class Functions {
    /** Name to allowed argument counts (min, max). */
    private static final Map<String, int[]> ALLOWED = Map.ofEntries(
            Map.entry("UPPER", new int[] {1, 1}), Map.entry("LOWER", new int[] {1, 1}),
            Map.entry("CHAR_LENGTH", new int[] {1, 1}), Map.entry("CHARACTER_LENGTH", new int[] {1, 1}),
            Map.entry("LENGTH", new int[] {1, 1}), Map.entry("SUBSTRING", new int[] {2, 3}),
            Map.entry("POSITION", new int[] {2, 2}), Map.entry("REPLACE", new int[] {3, 3}),
            Map.entry("CONCAT", new int[] {1, 20}), Map.entry("LPAD", new int[] {3, 3}),
            Map.entry("RPAD", new int[] {3, 3}), Map.entry("LEFT", new int[] {2, 2}),
            Map.entry("RIGHT", new int[] {2, 2}), Map.entry("ABS", new int[] {1, 1}),
            Map.entry("ROUND", new int[] {1, 2}), Map.entry("FLOOR", new int[] {1, 1}),
            Map.entry("CEIL", new int[] {1, 1}), Map.entry("CEILING", new int[] {1, 1}),
            Map.entry("POWER", new int[] {2, 2}), Map.entry("SQRT", new int[] {1, 1}),
            Map.entry("SIGN", new int[] {1, 1}), Map.entry("MOD", new int[] {2, 2}),
            Map.entry("COALESCE", new int[] {1, 20}),
            Map.entry("NULLIF", new int[] {2, 2}), Map.entry("GREATEST", new int[] {2, 20}),
            Map.entry("LEAST", new int[] {2, 20}), Map.entry("CURRENT_DATE", new int[] {0, 0}),
            Map.entry("CURRENT_TIMESTAMP", new int[] {0, 0}), Map.entry("LOCALTIMESTAMP", new int[] {0, 0}));

    private static final Set<String> SIDE_EFFECTS = Set.of("NEXTVAL", "SETVAL", "CURRVAL", "LASTVAL", "PG_SLEEP",
            "SLEEP", "BENCHMARK", "LO_IMPORT", "LO_EXPORT", "DBLINK", "DBLINK_EXEC", "LOAD_FILE", "PG_READ_FILE",
            "PG_READ_BINARY_FILE", "PG_LS_DIR", "PG_TERMINATE_BACKEND", "PG_CANCEL_BACKEND", "SET_CONFIG",
            "RAND", "RANDOM", "UUID", "GEN_RANDOM_UUID", "RANDOM_UUID", "GET_LOCK", "RELEASE_LOCK", "FILE_READ",
            "FILE_WRITE", "CSVREAD", "CSVWRITE", "LINK_SCHEMA", "SYS_EXEC", "SYS_EVAL", "QUERY_TO_XML", "COPY",
            "NOW", "SYSDATE", "USER", "CURRENT_USER", "SESSION_USER", "SYSTEM_USER", "DATABASE", "VERSION");

    private static final Set<String> AGGREGATES = Set.of("COUNT", "SUM", "AVG", "MIN", "MAX", "STDDEV", "VARIANCE",
            "LISTAGG", "STRING_AGG", "GROUP_CONCAT", "ARRAY_AGG", "ANY_VALUE", "EVERY", "BOOL_AND", "BOOL_OR");

    private Functions() {
    }

    static String render(ExprRenderer r, SqlCall call) {
        String name = call.getOperator().getName().toUpperCase(Locale.ROOT);
        List<SqlNode> ops = call.getOperandList();
        if (SIDE_EFFECTS.contains(name)) {
            throw r.reject(call, "function '" + name + "' has side effects or depends on the session",
                    "Remove it; a filter may only use deterministic functions");
        }
        if (AGGREGATES.contains(name)) {
            throw r.reject(call, "aggregate function '" + name + "' is not allowed in a row expression",
                    "Compare each row's own columns");
        }
        int[] arity = ALLOWED.get(name);
        if (arity == null || call.getOperator().getSyntax() != SqlSyntax.FUNCTION
                && call.getOperator().getSyntax() != SqlSyntax.FUNCTION_ID
                && call.getOperator().getSyntax() != SqlSyntax.SPECIAL) {
            throw r.reject(call, "'" + name + "' is not an allowed function",
                    "Use one of " + String.join(", ", new java.util.TreeSet<>(ALLOWED.keySet())));
        }
        if (ops.size() < arity[0] || ops.size() > arity[1]) {
            throw r.reject(call, "'" + name + "' takes " + arity[0] + (arity[1] == arity[0] ? "" : " to " + arity[1])
                    + " arguments, got " + ops.size(), "Fix the argument list");
        }
        return renderAllowed(r, name, ops);
    }

    private static String renderAllowed(ExprRenderer r, String name, List<SqlNode> ops) {
        switch (name) {
            case "CURRENT_DATE":
            case "CURRENT_TIMESTAMP":
            case "LOCALTIMESTAMP":
                return name;
            case "LENGTH":
            case "CHARACTER_LENGTH":
                // MariaDB's LENGTH counts bytes; CHAR_LENGTH counts characters everywhere.
                return r.function("CHAR_LENGTH", ops);
            case "CEILING":
                return r.function("CEIL", ops);
            case "POSITION":
                return "POSITION(" + r.render(ops.get(0)) + " IN " + r.render(ops.get(1)) + ")";
            default:
                return r.function(name, ops);
        }
    }
}
