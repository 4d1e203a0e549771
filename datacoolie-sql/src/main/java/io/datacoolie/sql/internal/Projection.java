package io.datacoolie.sql.internal;

import io.datacoolie.api.AdditionalColumn;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.PartitionColumn;
import io.datacoolie.api.Transform;
import io.datacoolie.sql.Column;
import io.datacoolie.sql.Dialect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Computes the read's output columns in the original's transformer order: drop incoming framework columns, add
 * computed columns, partition expressions, select/drop, rename, sanitise names (reference §1.6).
 */
public final class Projection {
    /** Framework column names, in their trailing order. */
    public static final List<String> FRAMEWORK = List.of("__valid_from", "__valid_to", "__is_current",
            "__created_at", "__updated_at", "__updated_by", "__dataflow_run_id");

    private record Item(String name, Fragment expr, Column source) {
    }

    private final DataFlow flow;
    private final List<Item> items = new ArrayList<>();
    private ColumnScope scope;

    /**
     * @param flow the dataflow
     * @param sourceColumns the source relation's columns
     */
    public Projection(DataFlow flow, List<Column> sourceColumns) {
        this.flow = flow;
        this.scope = new ColumnScope(sourceColumns);
        for (Column c : sourceColumns) {
            if (!isFramework(c.name())) {
                items.add(new Item(c.name(), null, c));
            }
        }
    }

    /** @return the scope fragments may use: source columns plus the computed columns */
    public ColumnScope scope() {
        return scope;
    }

    /** Adds transform.additional_columns, each replacing a same-named column or appended. */
    public void addComputed() {
        List<AdditionalColumn> add = flow.transform().additionalColumns();
        for (int i = 0; i < add.size(); i++) {
            AdditionalColumn a = add.get(i);
            String field = "transform.additional_columns[" + i + "].expression";
            put(a.column(), Fragment.parse(new FragmentSite(flow.displayName(), field, a.expression()), scope));
        }
    }

    /** Adds destination.partition_columns expressions; a partition column without one must exist. */
    public void addPartitions() {
        List<PartitionColumn> parts = flow.destination().partitionColumns();
        for (int i = 0; i < parts.size(); i++) {
            PartitionColumn p = parts.get(i);
            if (p.expression() != null && !p.expression().isBlank()) {
                String field = "destination.partition_columns[" + i + "].expression";
                put(p.column(), Fragment.parse(new FragmentSite(flow.displayName(), field, p.expression()), scope));
            } else if (index(p.column()) < 0) {
                throw invalid("destination.partition_columns[" + i + "]", p.column(), "is not a column of the read",
                        "Give it an expression, or name an existing column");
            }
        }
    }

    private void put(String name, Fragment f) {
        int i = index(name);
        Item item = new Item(name, f, null);
        if (i >= 0) {
            items.set(i, item);
        } else {
            items.add(item);
        }
        scope = scope.with(name, f);
    }

    private int index(String name) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Applies select/drop, rename and name sanitising, and renders each column for the dialect.
     *
     * @param dialect the source dialect
     * @return the output columns, without framework columns
     */
    public List<OutputColumn> finish(Dialect dialect) {
        Transform t = flow.transform();
        boolean ignore = "ignore".equalsIgnoreCase(String.valueOf(t.configure().get("missing_column_policy")));
        List<Item> kept = new ArrayList<>(items);
        if (!t.selectColumns().isEmpty()) {
            kept.clear();
            for (String s : t.selectColumns()) {
                int i = index(s);
                if (i >= 0) {
                    kept.add(items.get(i));
                } else if (!ignore) {
                    throw invalid("transform.select_columns", s, "is not a column of the read", "Remove it");
                }
            }
            requireKeys(kept, "transform.select_columns");
        } else if (!t.dropColumns().isEmpty()) {
            for (String d : t.dropColumns()) {
                if (!kept.removeIf(it -> it.name().equalsIgnoreCase(d)) && !ignore) {
                    throw invalid("transform.drop_columns", d, "is not a column of the read", "Remove it");
                }
            }
            requireKeys(kept, "transform.drop_columns");
        }
        List<OutputColumn> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Item it : kept) {
            String name = sanitize(rename(it.name(), t.renameColumns()), t);
            if (!seen.add(name)) {
                throw invalid("transform.rename_columns", name, "would name two columns the same",
                        "Rename one of them");
            }
            String sql = it.expr() == null ? dialect.quote(it.source().name()) : it.expr().render(dialect);
            out.add(new OutputColumn(name, sql, it.source()));
        }
        return out;
    }

    private void requireKeys(List<Item> kept, String field) {
        for (String k : flow.destination().effectiveMergeKeys()) {
            if (kept.stream().noneMatch(it -> it.name().equalsIgnoreCase(k))) {
                throw invalid(field, k, "is a merge or partition key and must stay in the output", "Keep it");
            }
        }
    }

    private static String rename(String name, Map<String, String> renames) {
        for (Map.Entry<String, String> e : renames.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return name;
    }

    private static String sanitize(String name, Transform t) {
        if (name.startsWith("_")) {
            return name;
        }
        String mode = String.valueOf(t.configure().getOrDefault("column_name_mode", "lower"));
        String n = name;
        if ("snake".equalsIgnoreCase(mode)) {
            n = n.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
        }
        n = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_").replaceAll("_+", "_");
        return Character.isDigit(n.charAt(0)) ? "_" + n : n;
    }

    /**
     * @param name a column name
     * @return true for a framework column name
     */
    public static boolean isFramework(String name) {
        return FRAMEWORK.contains(name.toLowerCase(Locale.ROOT));
    }

    private InvalidDataflowException invalid(String field, String value, String problem, String fix) {
        return new InvalidDataflowException("Dataflow '" + flow.displayName() + "': " + field + " '" + value + "' "
                + problem + ". " + fix + ".");
    }
}
