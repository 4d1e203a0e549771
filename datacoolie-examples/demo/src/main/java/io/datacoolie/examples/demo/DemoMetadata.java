package io.datacoolie.examples.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's metadata file, in the original DataCoolie's JSON shape and field names: one H2 connection whose database
 * holds the shop's schema and the warehouse's, and two dataflows reading the same {@code shop.orders} table: the
 * production incremental load, and the 2024 backfill into a new table that the demo replays. Source and destination
 * share the database, so every chunk runs as one {@code INSERT ... SELECT}.
 *
 * @param url JDBC URL of the database
 */
public record DemoMetadata(String url) {

    /** The connection's name. */
    public static final String CONNECTION = "demo_h2";
    /** The source schema. */
    public static final String SHOP = "shop";
    /** The destination schema. */
    public static final String WAREHOUSE = "warehouse";

    /** The incremental dataflow. */
    public static final String INCREMENTAL = "orders_to_warehouse";
    /** The replayed dataflow. */
    public static final String BACKFILL = "orders_2024_backfill";
    /** The backfill's {@code source.filter_expression}. */
    public static final String FILTER = "status <> 'CANCELLED'";
    /** The incremental dataflow's destination table. */
    public static final String HISTORY_TABLE = "order_history";
    /** The backfill's destination table. */
    public static final String BACKFILL_TABLE = "orders_2024";

    /** @return the document as nested maps, in file order */
    public Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("connections", List.of(connection(CONNECTION, url)));
        doc.put("dataflows", List.of(
                dataflow(INCREMENTAL, "silver", "Every new version of an order, appended to the warehouse's"
                        + " order history; runs every hour.", source(null), destination(HISTORY_TABLE, "append")),
                dataflow(BACKFILL, "backfill", "2024 orders that were not cancelled, for the 2024 report.",
                        source(FILTER), destination(BACKFILL_TABLE, "append"))));
        return doc;
    }

    private static Map<String, Object> connection(String name, String url) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("connection_type", "database");
        c.put("format", "sql");
        c.put("configure", Map.of("url", url, "username", "sa"));
        return c;
    }

    private static Map<String, Object> dataflow(String name, String stage, String description,
            Map<String, Object> source, Map<String, Object> destination) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        d.put("stage", stage);
        d.put("description", description);
        d.put("source", source);
        d.put("destination", destination);
        return d;
    }

    private static Map<String, Object> source(String filter) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("connection_name", CONNECTION);
        s.put("schema_name", SHOP);
        s.put("table", "orders");
        s.put("watermark_columns", List.of("updated_at"));
        if (filter != null) {
            s.put("filter_expression", filter);
        }
        return s;
    }

    private static Map<String, Object> destination(String table, String loadType) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("connection_name", CONNECTION);
        d.put("schema_name", WAREHOUSE);
        d.put("table", table);
        d.put("load_type", loadType);
        return d;
    }

    /**
     * @param file where to write, replacing it
     * @throws IOException when it cannot be written
     */
    public void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document());
    }
}
