package io.datacoolie.sql.internal;

import io.datacoolie.sql.Dialect;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlBetweenOperator;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlLikeOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Renders a parsed fragment for one dialect from an allow-list of node kinds, and rejects everything else with the
 * position of the node at fault. Rendering and validation are one code path, so nothing unvalidated is rendered.
 */
final class ExprRenderer {
    private static final java.util.Set<String> NILADIC = java.util.Set.of("CURRENT_DATE", "CURRENT_TIMESTAMP",
            "LOCALTIMESTAMP", "CURRENT_TIME", "LOCALTIME", "USER", "CURRENT_USER", "SESSION_USER", "SYSTEM_USER",
            "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_CATALOG", "CURRENT_PATH");

    private final FragmentSite site;
    private final Dialect dialect;
    private final Scope scope;

    ExprRenderer(FragmentSite site, Dialect dialect, Scope scope) {
        this.site = site;
        this.dialect = dialect;
        this.scope = scope;
    }

    String render(SqlNode node) {
        if (node instanceof SqlIdentifier) {
            return identifier((SqlIdentifier) node);
        }
        if (node instanceof SqlLiteral) {
            return new Literals(this).render((SqlLiteral) node);
        }
        if (node instanceof SqlCase) {
            return caseExpr((SqlCase) node);
        }
        if (node instanceof SqlCall) {
            return call((SqlCall) node);
        }
        throw reject(node, "'" + node.getKind() + "' is not allowed here", "Write one scalar or boolean expression");
    }

    private String identifier(SqlIdentifier id) {
        if (id.isStar()) {
            throw reject(id, "'*' is not allowed", "Name the columns you mean");
        }
        if (id.names.size() > 1) {
            throw reject(id, "qualified name '" + id + "' refers to another table or schema",
                    "Use the source's own column names, unqualified (" + String.join(", ", scope.names()) + ")");
        }
        String name = id.getSimple();
        String upper = name.toUpperCase(Locale.ROOT);
        if (!id.isComponentQuoted(0) && NILADIC.contains(upper)) {
            // The parser leaves niladic functions as identifiers; SQL gives the function precedence over a column.
            if (upper.equals("CURRENT_DATE") || upper.equals("CURRENT_TIMESTAMP") || upper.equals("LOCALTIMESTAMP")) {
                return upper;
            }
            throw reject(id, "'" + name + "' is a session function, not a column",
                    "To name a column called " + name + ", quote it: \"" + name + "\"");
        }
        String sql = scope.resolve(name, id.isComponentQuoted(0), dialect);
        if (sql == null) {
            throw reject(id, "unknown column '" + name + "'", "Use one of the source's columns: "
                    + String.join(", ", scope.names()) + (id.isComponentQuoted(0) ? " (quoted names match case)" : ""));
        }
        return sql;
    }

    private String caseExpr(SqlCase c) {
        StringBuilder sb = new StringBuilder("CASE");
        if (c.getValueOperand() != null) {
            sb.append(' ').append(operand(c.getValueOperand()));
        }
        for (int i = 0; i < c.getWhenOperands().size(); i++) {
            sb.append(" WHEN ").append(render(c.getWhenOperands().get(i)))
                    .append(" THEN ").append(render(c.getThenOperands().get(i)));
        }
        if (c.getElseOperand() != null) {
            sb.append(" ELSE ").append(render(c.getElseOperand()));
        }
        return sb.append(" END").toString();
    }

    private String call(SqlCall call) {
        SqlKind kind = call.getKind();
        List<SqlNode> ops = call.getOperandList();
        if (kind.belongsTo(SqlKind.QUERY) || kind == SqlKind.EXISTS || kind == SqlKind.SCALAR_QUERY
                || kind == SqlKind.UNIQUE || kind == SqlKind.WITH || kind == SqlKind.ARRAY_QUERY_CONSTRUCTOR) {
            throw reject(call, "sub-queries are not allowed", "Filter on the source's own columns only");
        }
        switch (kind) {
            case AND:
            case OR:
                return join(call, " " + kind.sql + " ");
            case NOT:
                return "NOT " + operand(ops.get(0));
            case EQUALS:
            case NOT_EQUALS:
            case LESS_THAN:
            case LESS_THAN_OR_EQUAL:
            case GREATER_THAN:
            case GREATER_THAN_OR_EQUAL:
            case PLUS:
            case MINUS:
            case TIMES:
            case DIVIDE:
                return binary(ops, kind == SqlKind.NOT_EQUALS ? "<>" : call.getOperator().getName());
            case MOD:
                return function("MOD", ops);
            case MINUS_PREFIX:
                return "-" + operand(ops.get(0));
            case PLUS_PREFIX:
                return operand(ops.get(0));
            case IS_NULL:
            case IS_NOT_NULL:
            case IS_TRUE:
            case IS_NOT_TRUE:
            case IS_FALSE:
            case IS_NOT_FALSE:
                return operand(ops.get(0)) + " " + call.getOperator().getName();
            case IS_DISTINCT_FROM:
            case IS_NOT_DISTINCT_FROM:
                return distinct(kind == SqlKind.IS_DISTINCT_FROM, ops);
            case LIKE:
                return like(call, ops);
            case BETWEEN:
                return between(call, ops);
            case IN:
            case NOT_IN:
                return in(call, kind == SqlKind.NOT_IN, ops);
            case CAST:
                return "CAST(" + render(ops.get(0)) + " AS " + CastTypes.render(site, dialect, type(ops.get(1))) + ")";
            case EXTRACT:
                return extract(ops);
            case TRIM:
                return trim(ops);
            case OVER:
                throw reject(call, "window functions are not allowed", "Use deduplicate_columns for ROW_NUMBER()");
            default:
                if (call.getOperator().getName().equals("||")) {
                    return concat(ops);
                }
                return Functions.render(this, call);
        }
    }

    String join(SqlCall call, String op) {
        SqlKind kind = call.getKind();
        return call.getOperandList().stream()
                .map(o -> o.getKind() == kind ? render(o) : operand(o))
                .collect(Collectors.joining(op));
    }

    private String binary(List<SqlNode> ops, String op) {
        return operand(ops.get(0)) + " " + op + " " + operand(ops.get(1));
    }

    /** Renders an operand, parenthesised unless it is atomic (column, literal, function call, CASE). */
    String operand(SqlNode node) {
        String sql = render(node);
        boolean atomic = node instanceof SqlIdentifier || node instanceof SqlLiteral || node instanceof SqlCase
                || node instanceof SqlCall && ((SqlCall) node).getOperator() instanceof SqlFunction;
        return atomic ? sql : "(" + sql + ")";
    }

    String function(String name, List<SqlNode> ops) {
        return name + ops.stream().map(this::render).collect(Collectors.joining(", ", "(", ")"));
    }

    private String distinct(boolean distinct, List<SqlNode> ops) {
        if (dialect.pipesAreOr()) {
            String eq = operand(ops.get(0)) + " <=> " + operand(ops.get(1));
            return distinct ? "NOT (" + eq + ")" : eq;
        }
        return binary(ops, distinct ? "IS DISTINCT FROM" : "IS NOT DISTINCT FROM");
    }

    private String like(SqlCall call, List<SqlNode> ops) {
        SqlLikeOperator op = (SqlLikeOperator) call.getOperator();
        String not = op.isNegated() ? "NOT " : "";
        String escape = ops.size() > 2 ? " ESCAPE " + operand(ops.get(2)) : "";
        if (!op.isCaseSensitive() && dialect.pipesAreOr()) {
            return "LOWER(" + render(ops.get(0)) + ") " + not + "LIKE LOWER(" + render(ops.get(1)) + ")" + escape;
        }
        String kw = op.isCaseSensitive() ? "LIKE" : "ILIKE";
        return operand(ops.get(0)) + " " + not + kw + " " + operand(ops.get(1)) + escape;
    }

    private String between(SqlCall call, List<SqlNode> ops) {
        SqlBetweenOperator op = (SqlBetweenOperator) call.getOperator();
        if (op.flag == SqlBetweenOperator.Flag.SYMMETRIC) {
            throw reject(call, "BETWEEN SYMMETRIC is not portable", "Write BETWEEN low AND high with low <= high");
        }
        return operand(ops.get(0)) + (op.isNegated() ? " NOT BETWEEN " : " BETWEEN ") + operand(ops.get(1))
                + " AND " + operand(ops.get(2));
    }

    private String in(SqlCall call, boolean not, List<SqlNode> ops) {
        if (!(ops.get(1) instanceof SqlNodeList)) {
            throw reject(ops.get(1), "sub-queries are not allowed", "List the values: col IN ('a', 'b')");
        }
        if (ops.get(0) instanceof SqlNodeList || ops.get(0).getKind() == SqlKind.ROW) {
            throw reject(ops.get(0), "row values are not allowed", "Compare one column at a time");
        }
        String list = ((SqlNodeList) ops.get(1)).getList().stream().map(this::render)
                .collect(Collectors.joining(", ", "(", ")"));
        return operand(ops.get(0)) + (not ? " NOT IN " : " IN ") + list;
    }

    private String concat(List<SqlNode> ops) {
        if (dialect.pipesAreOr()) {
            // In MySQL-family databases '||' means OR; CONCAT keeps the meaning (NULL in, NULL out).
            return function("CONCAT", ops);
        }
        return binary(ops, "||");
    }

    private SqlBasicTypeNameSpec type(SqlNode node) {
        if (node instanceof SqlDataTypeSpec
                && ((SqlDataTypeSpec) node).getTypeNameSpec() instanceof SqlBasicTypeNameSpec) {
            return (SqlBasicTypeNameSpec) ((SqlDataTypeSpec) node).getTypeNameSpec();
        }
        throw reject(node, "type '" + node + "' is not supported in CAST", CastTypes.FIX);
    }

    private String extract(List<SqlNode> ops) {
        SqlIntervalQualifier q = (SqlIntervalQualifier) ops.get(0);
        String unit = q.getStartUnit().name();
        if (!List.of("YEAR", "QUARTER", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND").contains(unit)
                || !q.isSingleDatetimeField()) {
            throw reject(q, "EXTRACT(" + q + ") differs between databases",
                    "Use YEAR, QUARTER, MONTH, DAY, HOUR, MINUTE or SECOND");
        }
        return "EXTRACT(" + unit + " FROM " + render(ops.get(1)) + ")";
    }

    private String trim(List<SqlNode> ops) {
        String flag = ((SqlLiteral) ops.get(0)).toValue();
        return "TRIM(" + flag + " " + render(ops.get(1)) + " FROM " + render(ops.get(2)) + ")";
    }

    io.datacoolie.api.FilterExpressionException reject(SqlNode node, String reason, String fix) {
        SqlParserPos p = node.getParserPosition();
        return site.reject(Math.max(1, p.getLineNum()), Math.max(1, p.getColumnNum()), reason, fix);
    }

    Dialect dialect() {
        return dialect;
    }
}
