package io.datacoolie.sql.internal;

import io.datacoolie.sql.Dialect;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

/**
 * One user SQL fragment, parsed and validated once; rendered per dialect from the tree, never from the user's text.
 */
public final class Fragment {
    private static final SqlParser.Config PARSER = SqlParser.config()
            .withQuoting(Quoting.DOUBLE_QUOTE)
            .withUnquotedCasing(Casing.UNCHANGED)
            .withQuotedCasing(Casing.UNCHANGED)
            .withCaseSensitive(true)
            .withConformance(SqlConformanceEnum.LENIENT);

    private final FragmentSite site;
    private final SqlNode node;
    private final Scope scope;

    private Fragment(FragmentSite site, SqlNode node, Scope scope) {
        this.site = site;
        this.node = node;
        this.scope = scope;
    }

    /**
     * Parses and validates a fragment: one scalar or boolean expression over the scope's columns, nothing else.
     *
     * @param site dataflow, field and text
     * @param scope the columns the fragment may name
     * @return the fragment
     * @throws io.datacoolie.api.FilterExpressionException with the position of the token at fault
     */
    public static Fragment parse(FragmentSite site, Scope scope) {
        if (site.text() == null || site.text().isBlank()) {
            throw site.reject(1, 1, "the expression is empty", "Write one SQL expression, or remove the field");
        }
        Lexical.check(site);
        SqlNode node;
        try {
            node = SqlParser.create(site.text(), PARSER).parseExpression();
        } catch (SqlParseException e) {
            SqlParserPos p = e.getPos();
            String first = e.getMessage() == null ? "syntax error" : e.getMessage().split("\n")[0];
            throw site.reject(p == null ? 1 : p.getLineNum(), p == null ? 1 : p.getColumnNum(),
                    "it is not one valid SQL expression (" + first.replaceAll("\\.$", "") + ")",
                    "Fix the syntax; quote reserved-word or mixed-case column names with double quotes");
        }
        Fragment f = new Fragment(site, node, scope);
        f.render(Dialect.H2); // validates every node once; a rejection carries the node's position
        return f;
    }

    /**
     * @param dialect the target database
     * @return the expression's SQL for that database
     */
    public String render(Dialect dialect) {
        return new ExprRenderer(site, dialect, scope).render(node);
    }

    /** @return where the fragment came from */
    public FragmentSite site() {
        return site;
    }

    /** @return true when the fragment is a bare column reference */
    public boolean isColumn() {
        return node instanceof org.apache.calcite.sql.SqlIdentifier;
    }
}
