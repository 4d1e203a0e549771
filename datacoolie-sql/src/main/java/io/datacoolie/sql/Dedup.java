package io.datacoolie.sql;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.LoadType;
import io.datacoolie.api.UnsupportedDialectException;
import java.util.List;
import java.util.stream.Collectors;

/** The Deduplicator's window function (reference §1.6): keep the latest row per key, RANK keeping ties. */
final class Dedup {
    private Dedup() {
    }

    static String over(DataFlow flow, TableSchema source, Dialect d) {
        List<String> keys = flow.deduplicateColumns();
        List<String> order = flow.orderColumns();
        if (keys.isEmpty() || order.isEmpty()) {
            return null;
        }
        if (!d.supportsWindowFunctions()) {
            throw new UnsupportedDialectException("Dataflow '" + flow.displayName() + "': deduplication needs window"
                    + " functions, which " + d + " lacks. Remove transform.deduplicate_columns.");
        }
        String field = flow.transform().deduplicateColumns().isEmpty() ? "destination.merge_keys"
                : "transform.deduplicate_columns";
        String orderField = flow.transform().latestDataColumns().isEmpty() ? "source.watermark_columns"
                : "transform.latest_data_columns";
        boolean rank = flow.destination().loadType() == LoadType.MERGE_OVERWRITE
                && !flow.destination().mergeKeys().isEmpty() && flow.transform().deduplicateColumns().isEmpty()
                || Boolean.parseBoolean(String.valueOf(flow.transform().configure().get("deduplicate_by_rank")));
        String part = keys.stream().map(k -> d.quote(source.require(k, flow.displayName(), field).name()))
                .collect(Collectors.joining(", "));
        String ord = order.stream().map(k -> d.quote(source.require(k, flow.displayName(), orderField).name())
                + " DESC").collect(Collectors.joining(", "));
        return (rank ? "RANK()" : "ROW_NUMBER()") + " OVER (PARTITION BY " + part + " ORDER BY " + ord + ")";
    }
}
