package io.datacoolie.sql.internal;

import io.datacoolie.sql.Column;
import io.datacoolie.sql.Dialect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The source's columns plus computed columns defined so far; a computed column referenced by a later fragment is
 * substituted by its expression, so every fragment renders over the source's own columns in one SELECT level.
 */
public final class ColumnScope implements Scope {
    private final List<Column> columns;
    private final Map<String, Fragment> computed = new LinkedHashMap<>();

    /** @param columns the source relation's columns */
    public ColumnScope(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /**
     * @param name the computed column's name
     * @param expression its parsed expression
     * @return a new scope that also knows the computed column
     */
    public ColumnScope with(String name, Fragment expression) {
        ColumnScope s = new ColumnScope(columns);
        s.computed.putAll(computed);
        s.computed.keySet().removeIf(k -> k.equalsIgnoreCase(name));
        s.computed.put(name, expression);
        return s;
    }

    @Override
    public String resolve(String name, boolean quoted, Dialect dialect) {
        for (Map.Entry<String, Fragment> e : computed.entrySet()) {
            if (quoted ? e.getKey().equals(name) : e.getKey().equalsIgnoreCase(name)) {
                return "(" + e.getValue().render(dialect) + ")";
            }
        }
        Column exact = null;
        List<Column> ci = new ArrayList<>();
        for (Column c : columns) {
            if (c.name().equals(name)) {
                exact = c;
            } else if (c.name().equalsIgnoreCase(name)) {
                ci.add(c);
            }
        }
        if (exact != null) {
            return dialect.quote(exact.name());
        }
        // An unquoted name folds to the catalog's case (H2: upper, PostgreSQL: lower): match it case-insensitively.
        return !quoted && ci.size() == 1 ? dialect.quote(ci.get(0).name()) : null;
    }

    @Override
    public Collection<String> names() {
        List<String> n = new ArrayList<>();
        columns.forEach(c -> n.add(c.name()));
        n.addAll(computed.keySet());
        return n;
    }
}
