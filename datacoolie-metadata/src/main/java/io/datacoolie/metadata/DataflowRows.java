package io.datacoolie.metadata;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datacoolie.metadata.internal.Rows;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/** Maps a {@code dc_framework_dataflows} row to the JSON metadata shape (reference §2.2). */
final class DataflowRows {
    private DataflowRows() {
    }

    static boolean hasColumn(ResultSet rs, String column) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            if (md.getColumnLabel(i).equalsIgnoreCase(column)) {
                return true;
            }
        }
        return false;
    }

    static ObjectNode toJson(ResultSet rs, boolean hasFilter) throws SQLException {
        ObjectNode df = Rows.object();
        Rows.text(rs, "dataflow_id", df, "dataflow_id");
        Rows.text(rs, "workspace_id", df, "workspace_id");
        Rows.text(rs, "name", df, "name");
        Rows.text(rs, "description", df, "description");
        Rows.text(rs, "stage", df, "stage");
        Rows.integer(rs, "group_number", df, "group_number");
        Rows.integer(rs, "execution_order", df, "execution_order");
        Rows.text(rs, "processing_mode", df, "processing_mode");
        Rows.bool(rs, "is_active", df, "is_active");
        Rows.text(rs, "configure", df, "configure");
        Rows.text(rs, "transform", df, "transform");
        ObjectNode src = df.putObject("source");
        Rows.text(rs, "source_connection_id", src, "connection_id");
        Rows.text(rs, "source_schema", src, "schema_name");
        Rows.text(rs, "source_table", src, "table");
        Rows.text(rs, "source_query", src, "query");
        Rows.text(rs, "source_python_function", src, "python_function");
        Rows.text(rs, "source_watermark_columns", src, "watermark_columns");
        if (hasFilter) {
            Rows.text(rs, "source_filter_expression", src, "filter_expression");
        }
        Rows.text(rs, "source_configure", src, "configure");
        ObjectNode dst = df.putObject("destination");
        Rows.text(rs, "destination_connection_id", dst, "connection_id");
        Rows.text(rs, "destination_schema", dst, "schema_name");
        Rows.text(rs, "destination_table", dst, "table");
        Rows.text(rs, "destination_load_type", dst, "load_type");
        Rows.text(rs, "destination_merge_keys", dst, "merge_keys");
        Rows.text(rs, "destination_configure", dst, "configure");
        return df;
    }
}
