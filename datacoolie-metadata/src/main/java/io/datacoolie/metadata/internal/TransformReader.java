package io.datacoolie.metadata.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.datacoolie.api.AdditionalColumn;
import io.datacoolie.api.SchemaHint;
import io.datacoolie.api.Transform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a transform object (reference §1.6), rejecting the parts that cannot be expressed in SQL. */
final class TransformReader {
    static final Set<String> FIELDS = Set.of("schema_hints", "deduplicate_columns", "latest_data_columns",
            "additional_columns", "filter_expression", "select_columns", "drop_columns", "rename_columns",
            "configure");
    static final Set<String> CONFIGURE = Set.of("deduplicate_by_rank", "convert_timestamp_ntz",
            "missing_column_policy", "column_name_mode");
    static final Set<String> HINT_FIELDS = Set.of("column_name", "data_type", "format", "precision", "scale",
            "default_value", "ordinal_position", "is_active");
    private static final Set<String> COLUMN_FIELDS = Set.of("column", "expression");

    private TransformReader() {
    }

    static Transform read(JsonObj o) {
        if (o == null) {
            return Transform.NONE;
        }
        o.unsupported("value_rules", "row validation rules");
        o.unsupported("hash_columns", "dc_hash_v1 SHA-256 row hashes");
        o.unsupported("masking_rules", "column masking");
        List<SchemaHint> hints = hints(o.list("schema_hints"), o.at("schema_hints"), o.problems());
        List<AdditionalColumn> added = new ArrayList<>();
        List<JsonNode> nodes = o.list("additional_columns");
        for (int i = 0; i < nodes.size(); i++) {
            JsonObj c = JsonObj.of(nodes.get(i), o.at("additional_columns") + "[" + i + "]", o.problems(),
                    COLUMN_FIELDS);
            if (c != null) {
                c.finish();
                AdditionalColumn a = Build.of(c.path(), o.problems(),
                        () -> new AdditionalColumn(c.text("column"), c.text("expression")));
                if (a != null) {
                    added.add(a);
                }
            }
        }
        Map<String, String> renames = new LinkedHashMap<>();
        o.map("rename_columns").forEach((k, v) -> {
            if (v == null || v instanceof Map || v instanceof List) {
                o.problems().add(o.at("rename_columns") + "." + k, "must be the new column name, got '" + v + "'.");
            } else {
                renames.put(k, v.toString());
            }
        });
        Map<String, Object> configure = o.checkedMap("configure", CONFIGURE);
        List<String> dedup = o.stringList("deduplicate_columns");
        List<String> latest = o.stringList("latest_data_columns");
        List<String> select = o.stringList("select_columns");
        List<String> drop = o.stringList("drop_columns");
        String filter = o.text("filter_expression");
        o.finish();
        return Build.of(o.path(), o.problems(), () -> new Transform(hints, dedup, latest, added, filter, select, drop,
                renames, configure));
    }

    static List<SchemaHint> hints(List<JsonNode> nodes, String path, Problems problems) {
        List<SchemaHint> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonObj h = JsonObj.of(nodes.get(i), path + "[" + i + "]", problems, HINT_FIELDS);
            if (h == null) {
                continue;
            }
            Integer precision = h.integer("precision");
            Integer scale = h.integer("scale");
            Integer ordinal = h.integer("ordinal_position");
            boolean active = h.bool("is_active", true);
            h.finish();
            SchemaHint hint = Build.of(h.path(), problems, () -> new SchemaHint(h.text("column_name"),
                    h.text("data_type"), h.text("format"), precision, scale, h.text("default_value"),
                    ordinal == null ? 0 : ordinal, active));
            if (hint != null) {
                out.add(hint);
            }
        }
        out.sort(java.util.Comparator.comparingInt(SchemaHint::ordinalPosition));
        return out;
    }
}
