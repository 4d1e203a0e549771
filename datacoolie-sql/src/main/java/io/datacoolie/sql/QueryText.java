package io.datacoolie.sql;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.InvalidDataflowException;
import java.util.Locale;

/**
 * Checks a query-mode source: one SELECT (or WITH) statement without comments or separators. The query is the
 * user's own SQL, run as a derived table; only its shape is checked here.
 */
final class QueryText {
    private QueryText() {
    }

    static String check(DataFlow flow) {
        String q = flow.source().query().strip();
        String head = q.toUpperCase(Locale.ROOT);
        if (!head.startsWith("SELECT") && !head.startsWith("WITH")) {
            throw bad(flow, "does not start with SELECT or WITH");
        }
        char quote = 0;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            char n = i + 1 < q.length() ? q.charAt(i + 1) : 0;
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == ';') {
                throw bad(flow, "contains ';' at offset " + i + " (several statements)");
            } else if (c == '-' && n == '-' || c == '/' && n == '*' || c == '#') {
                throw bad(flow, "contains a comment at offset " + i);
            }
        }
        return q;
    }

    private static InvalidDataflowException bad(DataFlow flow, String problem) {
        return new InvalidDataflowException("Dataflow '" + flow.displayName() + "': source.query " + problem
                + ". Write one SELECT statement without comments or ';'.");
    }
}
