package io.datacoolie.sql;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.LoadType;
import io.datacoolie.sql.internal.Fragment;
import io.datacoolie.sql.internal.FragmentSite;
import io.datacoolie.sql.internal.OutputColumn;
import io.datacoolie.sql.internal.Projection;
import io.datacoolie.sql.internal.WindowPredicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One dataflow's SQL, compiled once: every user fragment is parsed and validated against the source's real columns
 * here, so that building a window's statement later is string assembly and bind conversion only (microseconds).
 * Immutable and thread-safe.
 */
public final class DataflowSql {
    private final DataFlow flow;
    private final TableSchema source;
    private final Dialect sourceDialect;
    private final Dialect destinationDialect;
    private final List<OutputColumn> outputs;
    private final List<String> watermarkColumns;
    private final String relation;
    private final String sourceFilter;
    private final String transformFilter;
    private final String dedupOver;
    private final String selectList;

    private DataflowSql(DataFlow flow, TableSchema source, Dialect src, Dialect dst) {
        this.flow = flow;
        this.source = source;
        this.sourceDialect = src;
        this.destinationDialect = dst;
        String name = flow.displayName();
        this.watermarkColumns = flow.source().watermarkColumns().stream()
                .map(c -> source.require(c, name, "source.watermark_columns").name()).collect(Collectors.toList());
        Projection p = new Projection(flow, source.columns());
        String sf = flow.source().filterExpression();
        this.sourceFilter = blank(sf) ? null
                : Fragment.parse(new FragmentSite(name, "source.filter_expression", sf), p.scope()).render(src);
        p.addComputed();
        String tf = flow.transform().filterExpression();
        this.transformFilter = blank(tf) ? null
                : Fragment.parse(new FragmentSite(name, "transform.filter_expression", tf), p.scope()).render(src);
        String scd2 = scd2ValidFrom(p);
        p.addPartitions();
        List<OutputColumn> out = new ArrayList<>(p.finish(src));
        if (scd2 != null) {
            out.add(new OutputColumn("__valid_from", scd2, null));
        }
        this.outputs = List.copyOf(out);
        this.dedupOver = Dedup.over(flow, source, src);
        this.selectList = selectList(outputs, src);
        this.relation = flow.source().isQueryMode() ? "(" + QueryText.check(flow) + ")"
                : (source.schema() == null ? "" : src.quote(source.schema()) + ".") + src.quote(source.table());
    }

    private String scd2ValidFrom(Projection p) {
        if (flow.destination().loadType() != LoadType.SCD2) {
            return null;
        }
        String e = flow.destination().scd2EffectiveColumn();
        if (blank(e)) {
            throw new InvalidDataflowException("Dataflow '" + flow.displayName() + "': load_type 'scd2' needs"
                    + " destination.configure.scd2_effective_column. Set it to the column (or expression) that"
                    + " dates each version, e.g. 'updated_at'.");
        }
        FragmentSite site = new FragmentSite(flow.displayName(), "destination.configure.scd2_effective_column", e);
        return Fragment.parse(site, p.scope()).render(sourceDialect);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Parses and validates every fragment of the dataflow against the source's columns.
     *
     * @param flow the dataflow
     * @param source the source table's (or query's) columns, read with {@link TableSchema#read}
     * @param sourceDialect the source database
     * @param destinationDialect the destination database
     * @return the compiled SQL
     * @throws io.datacoolie.api.FilterExpressionException when a fragment is rejected (with its position)
     * @throws InvalidDataflowException when a named column does not exist
     */
    public static DataflowSql compile(DataFlow flow, TableSchema source, Dialect sourceDialect,
            Dialect destinationDialect) {
        return new DataflowSql(Objects.requireNonNull(flow, "flow"), Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(sourceDialect, "sourceDialect"),
                Objects.requireNonNull(destinationDialect, "destinationDialect"));
    }

    /**
     * The source read for a window, projected as the transform says (without the framework columns):
     * {@code SELECT ... FROM src WHERE (col >= ? AND col < ?) AND (<filter>)}.
     *
     * @param window the rows to read
     * @return the statement and its typed binds
     */
    public BoundSql read(ReadWindow window) {
        return select(window, List.of(), List.of());
    }

    /**
     * The source-level count and per-column MAX of the watermark columns over the window (reference §3.4):
     * {@code SELECT COUNT(*), MAX(a), MAX(b) FROM src WHERE <window> AND (<source filter>)}.
     *
     * @param window the rows to read
     * @return the statement; column 1 is the count, then one MAX per {@link #watermarkColumns()}
     */
    public BoundSql stats(ReadWindow window) {
        WindowPredicate w = predicate(window);
        StringBuilder sb = new StringBuilder("SELECT COUNT(*)");
        watermarkColumns.forEach(c -> sb.append(", MAX(").append(sourceDialect.quote(c)).append(')'));
        sb.append(" FROM ").append(relation).append(flow.source().isQueryMode() ? " q" : "");
        appendWhere(sb, w.sql(), sourceFilter, null);
        return new BoundSql(sb.toString(), w.binds());
    }

    /**
     * @param window the rows to read
     * @param extraSql extra select-list expressions (e.g. framework columns as {@code CAST(? AS TIMESTAMP)})
     * @param extraBinds binds of the extra expressions, in order
     * @return the read with the extra columns appended; extra binds come before the window's
     */
    BoundSql select(ReadWindow window, List<String> extraSql, List<Object> extraBinds) {
        WindowPredicate w = predicate(window);
        StringBuilder sb = new StringBuilder(selectList.length() + 256).append("SELECT ").append(selectList);
        extraSql.forEach(x -> sb.append(", ").append(x));
        if (dedupOver == null) {
            sb.append(" FROM ").append(relation).append(flow.source().isQueryMode() ? " q" : "");
            appendWhere(sb, w.sql(), sourceFilter, transformFilter);
        } else {
            sb.append(" FROM (SELECT s.*, ").append(dedupOver).append(" AS ").append(sourceDialect.quote("__dc_rn"))
                    .append(" FROM ").append(relation).append(" s");  // alias: a derived table needs one
            appendWhere(sb, w.sql(), sourceFilter, null);
            sb.append(") t WHERE ").append(sourceDialect.quote("__dc_rn")).append(" = 1");
            if (transformFilter != null) {
                sb.append(" AND (").append(transformFilter).append(')');
            }
        }
        List<Object> binds = new ArrayList<>(extraBinds);
        binds.addAll(w.binds());
        return new BoundSql(sb.toString(), binds);
    }

    private static String selectList(List<OutputColumn> outputs, Dialect d) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < outputs.size(); i++) {
            OutputColumn o = outputs.get(i);
            sb.append(i == 0 ? "" : ", ").append(o.sql());
            if (o.source() == null || !o.source().name().equals(o.name())) {
                sb.append(" AS ").append(d.quote(o.name()));
            }
        }
        return sb.toString();
    }

    private static void appendWhere(StringBuilder sb, String window, String f1, String f2) {
        String sep = " WHERE ";
        if (window != null) {
            sb.append(sep).append(window);
            sep = " AND ";
        }
        for (String f : new String[] {f1, f2}) {
            if (f != null) {
                sb.append(sep).append('(').append(f).append(')');
                sep = " AND ";
            }
        }
    }

    List<Object> windowBinds(ReadWindow window) {
        return predicate(window).binds();
    }

    private WindowPredicate predicate(ReadWindow window) {
        return WindowPredicate.of(flow.displayName(), source, watermarkColumns, window, sourceDialect);
    }

    /**
     * @param override the replay's chunk_column, or null
     * @return the chunk column's exact name in the source
     * @throws InvalidDataflowException when there is none, or the source lacks it
     */
    public String chunkColumn(String override) {
        return WindowPredicate.chunkColumn(flow.displayName(), source, flow.source().watermarkColumns(), override)
                .name();
    }

    /** @return destination column names the read produces, in order (framework columns excluded except scd2's) */
    public List<String> columns() {
        return outputs.stream().map(OutputColumn::name).collect(Collectors.toList());
    }

    /** @return the watermark columns' exact source names, in order */
    public List<String> watermarkColumns() {
        return watermarkColumns;
    }

    /** @return the watermark columns as the dataflow names them: the keys of {@link TransferResult#watermarkMax()} */
    public List<String> watermarkKeys() {
        return flow.source().watermarkColumns();
    }

    /** @return true when the transform can drop rows after the source read (dedup or transform filter) */
    public boolean transformDropsRows() {
        return dedupOver != null || transformFilter != null;
    }

    /** @return the dataflow */
    public DataFlow dataflow() {
        return flow;
    }

    /** @return the source relation */
    public TableSchema source() {
        return source;
    }

    /** @return the source database */
    public Dialect sourceDialect() {
        return sourceDialect;
    }

    /** @return the destination database */
    public Dialect destinationDialect() {
        return destinationDialect;
    }

    List<OutputColumn> outputs() {
        return outputs;
    }
}
