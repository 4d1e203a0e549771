package io.datacoolie.sql.internal;

import io.datacoolie.sql.Dialect;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.type.SqlTypeName;

/** Maps the portable CAST target types to each dialect's spelling (MariaDB's CAST accepts only a few names). */
final class CastTypes {
    static final String FIX = "Cast to INTEGER, BIGINT, SMALLINT, DECIMAL(p, s), DOUBLE, VARCHAR(n), CHAR(n), DATE,"
            + " TIME or TIMESTAMP";

    private CastTypes() {
    }

    static String render(FragmentSite site, Dialect d, SqlBasicTypeNameSpec spec) {
        SqlTypeName t = SqlTypeName.get(spec.getTypeName().getSimple());
        int p = spec.getPrecision();
        int s = spec.getScale();
        boolean my = d.pipesAreOr();
        if (t == null) {
            throw reject(site, spec);
        }
        switch (t) {
            case INTEGER:
            case BIGINT:
            case SMALLINT:
            case TINYINT:
                return my ? "SIGNED" : t.name();
            case DECIMAL:
                return p < 0 ? "DECIMAL" : "DECIMAL(" + p + (s < 0 ? "" : ", " + s) + ")";
            case DOUBLE:
            case FLOAT:
                return my ? "DOUBLE" : "DOUBLE PRECISION";
            case REAL:
                return my ? "FLOAT" : "REAL";
            case VARCHAR:
            case CHAR:
                if (my) {
                    return p < 0 ? "CHAR" : "CHAR(" + p + ")";
                }
                return p < 0 ? "VARCHAR" : t.name() + "(" + p + ")";
            case DATE:
            case TIME:
                return t.name();
            case TIMESTAMP:
                return my ? "DATETIME" + (p < 0 ? "(6)" : "(" + p + ")") : (p < 0 ? "TIMESTAMP" : "TIMESTAMP(" + p + ")");
            case BOOLEAN:
                if (!my) {
                    return "BOOLEAN";
                }
                throw reject(site, spec);
            default:
                throw reject(site, spec);
        }
    }

    private static io.datacoolie.api.FilterExpressionException reject(FragmentSite site, SqlBasicTypeNameSpec spec) {
        return site.reject(Math.max(1, spec.getParserPos().getLineNum()), Math.max(1, spec.getParserPos().getColumnNum()),
                "CAST to '" + spec.getTypeName() + "' is not portable", FIX);
    }
}
