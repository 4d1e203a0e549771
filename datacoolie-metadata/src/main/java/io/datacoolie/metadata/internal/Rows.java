package io.datacoolie.metadata.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Copies result-set columns into metadata JSON nodes, leaving out NULLs. */
public final class Rows {
    private Rows() {
    }

    /** @return a new empty object node */
    public static ObjectNode object() {
        return Json.MAPPER.createObjectNode();
    }

    /**
     * @param rs the row
     * @param column the column label
     * @param node the target
     * @param field the target field
     * @throws SQLException when the column is missing
     */
    public static void text(ResultSet rs, String column, ObjectNode node, String field) throws SQLException {
        String v = rs.getString(column);
        if (v != null) {
            node.put(field, v);
        }
    }

    /**
     * @param rs the row
     * @param column an integer column
     * @param node the target
     * @param field the target field
     * @throws SQLException when the column is missing
     */
    public static void integer(ResultSet rs, String column, ObjectNode node, String field) throws SQLException {
        int v = rs.getInt(column);
        if (!rs.wasNull()) {
            node.put(field, v);
        }
    }

    /**
     * @param rs the row
     * @param column a boolean column; NULL means true, as in the original
     * @param node the target
     * @param field the target field
     * @throws SQLException when the column is missing
     */
    public static void bool(ResultSet rs, String column, ObjectNode node, String field) throws SQLException {
        boolean v = rs.getBoolean(column);
        node.put(field, rs.wasNull() || v);
    }
}
