package io.datacoolie.sql.internal;

/**
 * Rejects what a parser would silently drop or misread: comments (which can hide text), statement separators,
 * backtick and bracket quoting, and stray bind markers. Scans outside string literals and quoted identifiers.
 */
final class Lexical {
    private Lexical() {
    }

    static void check(FragmentSite site) {
        String s = site.text();
        int line = 1;
        int col = 1;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (quote != 0) {
                if (c == quote) {
                    if (next == quote) {
                        i++;
                        col++;
                    } else {
                        quote = 0;
                    }
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '-' && next == '-' || c == '/' && next == '*' || c == '#') {
                throw site.reject(line, col, "comments are not allowed (they can hide text)",
                        "Remove the comment; write one SQL expression only");
            } else if (c == ';') {
                throw site.reject(line, col, "';' ends a statement; only one expression is allowed",
                        "Remove the ';' and anything after it");
            } else if (c == '`' || c == '[') {
                throw site.reject(line, col, "'" + c + "' is not an identifier quote here",
                        "Quote identifiers with double quotes, e.g. \"Order Date\", on every database");
            } else if (c == '?' || c == ':' && next == '=' || c == '$' || c == '\\') {
                throw site.reject(line, col, "'" + c + "' is not allowed outside a string literal",
                        "Write literal values in single quotes; DataCoolie binds the window values itself");
            }
            if (c == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        if (quote != 0) {
            throw site.reject(line, col, "a " + (quote == '\'' ? "string literal" : "quoted identifier")
                    + " is not closed", "Close it with " + quote);
        }
    }
}
