package io.datacoolie.sql;

import io.datacoolie.api.AdditionalColumn;
import io.datacoolie.api.Connection;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.Destination;
import io.datacoolie.api.LoadType;
import io.datacoolie.api.Source;
import io.datacoolie.api.Transform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test builder for dataflows. */
final class Flows {
    private String name = "orders_daily";
    private String schema;
    private String table = "orders";
    private String query;
    private List<String> watermarks = List.of("updated_at");
    private String filter;
    private String transformFilter;
    private final List<AdditionalColumn> additional = new ArrayList<>();
    private List<String> dedup = List.of();
    private List<String> select = List.of();
    private List<String> drop = List.of();
    private final Map<String, String> rename = new LinkedHashMap<>();
    private String dstTable = "orders_copy";
    private LoadType loadType = LoadType.APPEND;
    private List<String> keys = List.of();
    private final Map<String, Object> dstConf = new LinkedHashMap<>();
    private final List<io.datacoolie.api.PartitionColumn> partitions = new ArrayList<>();

    static Flows flow() {
        return new Flows();
    }

    Flows name(String n) {
        this.name = n;
        return this;
    }

    Flows table(String s, String t) {
        this.schema = s;
        this.table = t;
        return this;
    }

    Flows query(String q) {
        this.query = q;
        return this;
    }

    Flows watermarks(String... w) {
        this.watermarks = List.of(w);
        return this;
    }

    Flows filter(String f) {
        this.filter = f;
        return this;
    }

    Flows transformFilter(String f) {
        this.transformFilter = f;
        return this;
    }

    Flows add(String column, String expression) {
        additional.add(new AdditionalColumn(column, expression));
        return this;
    }

    Flows dedup(String... cols) {
        this.dedup = List.of(cols);
        return this;
    }

    Flows select(String... cols) {
        this.select = List.of(cols);
        return this;
    }

    Flows drop(String... cols) {
        this.drop = List.of(cols);
        return this;
    }

    Flows rename(String from, String to) {
        rename.put(from, to);
        return this;
    }

    Flows destination(String t, LoadType lt, String... mergeKeys) {
        this.dstTable = t;
        this.loadType = lt;
        this.keys = List.of(mergeKeys);
        return this;
    }

    Flows partition(String column, String expression) {
        partitions.add(new io.datacoolie.api.PartitionColumn(column, expression));
        return this;
    }

    Flows dstConf(String k, Object v) {
        dstConf.put(k, v);
        return this;
    }

    DataFlow build() {
        Connection c = new Connection("c1", "db", null, "database", "sql", null, null, null, null, true);
        Source s = new Source(c, schema, table, query, watermarks, filter, null, null);
        Transform t = new Transform(null, dedup, null, additional, transformFilter, select, drop, rename, null);
        Destination d = new Destination(c, null, dstTable, loadType, keys, partitions, dstConf);
        return new DataFlow(name, name, null, null, null, null, null, null, true, s, t, d, null);
    }
}
