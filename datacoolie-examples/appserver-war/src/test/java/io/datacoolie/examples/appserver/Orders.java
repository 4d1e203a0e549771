package io.datacoolie.examples.appserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datacoolie.testkit.TestDb;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The IT's orders source and destination tables, the metadata file that points the server's job at them, and reads. */
final class Orders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Orders() {
    }

    /** Orders at 00:00 and 23:00 of every day from 2024-12-15 to 2025-04-09; every third one is a DRAFT. */
    static void source(TestDb db, String table) {
        // DATETIME on MariaDB: its TIMESTAMP is converted through the session's time zone
        String ts = db.kind() == TestDb.Kind.MARIADB ? "DATETIME" : "TIMESTAMP";
        db.execute("CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, updated_at " + ts + " NOT NULL,"
                + " status VARCHAR(10) NOT NULL, amount DECIMAL(10,2))");
        List<String> rows = new ArrayList<>();
        long id = 1;
        for (LocalDate d = LocalDate.of(2024, 12, 15); d.isBefore(LocalDate.of(2025, 4, 10)); d = d.plusDays(1)) {
            for (String time : new String[] {"00:00:00", "23:00:00"}) {
                rows.add("(" + id + ", TIMESTAMP '" + d + " " + time + "', '" + (id % 3 == 0 ? "DRAFT" : "active")
                        + "', " + id + ".50)");
                id++;
            }
        }
        db.execute("INSERT INTO " + table + " VALUES " + String.join(", ", rows));
    }

    /** The destination: the source's columns plus DataCoolie's framework columns. */
    static void target(TestDb db, String table) {
        db.execute("CREATE TABLE " + table + " (id BIGINT, updated_at TIMESTAMP, status VARCHAR(10),"
                + " amount DECIMAL(10,2), __created_at TIMESTAMP, __updated_at TIMESTAMP,"
                + " __updated_by VARCHAR(50), __dataflow_run_id VARCHAR(36))");
    }

    /**
     * A metadata document with a connection to each database and one append dataflow from source to target: across
     * databases, so the chunks stream (the source read ahead in a second thread) inside the server.
     */
    static String metadata(TestDb from, TestDb to, String dataflow, String source, String target, String filter) {
        ObjectNode doc = JSON.createObjectNode();
        ArrayNode connections = doc.putArray("connections");
        connection(connections, "it_src", from);
        connection(connections, "it_dst", to);
        ArrayNode flows = doc.putArray("dataflows");
        ObjectNode flow = flows.addObject().put("name", dataflow).put("stage", "bronze2silver");
        ObjectNode src = flow.putObject("source").put("connection_name", "it_src").put("table", source)
                .put("filter_expression", filter);
        src.putArray("watermark_columns").add("updated_at");
        flow.putObject("destination").put("connection_name", "it_dst").put("table", target).put("load_type", "append");
        return doc.toPrettyString();
    }

    private static void connection(ArrayNode connections, String name, TestDb db) {
        ObjectNode conn = connections.addObject();
        conn.put("name", name).put("connection_type", "database").put("format", "sql");
        ObjectNode configure = conn.putObject("configure").put("url", db.url()).put("username", db.user());
        if (!db.password().isEmpty()) {
            configure.put("password", db.password());
        }
    }

    /** The rows of a query, with decimals and timestamps normalised so that equal values compare equal. */
    static List<List<Object>> rows(TestDb db, String sql) {
        List<List<Object>> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(normal(rs.getObject(i)));
                }
                out.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static Object normal(Object v) {
        if (v instanceof BigDecimal) {
            return ((BigDecimal) v).stripTrailingZeros();
        }
        if (v instanceof Timestamp) {
            return ((Timestamp) v).toLocalDateTime();
        }
        return v == null ? null : v instanceof Number ? v : v.toString();
    }
}
