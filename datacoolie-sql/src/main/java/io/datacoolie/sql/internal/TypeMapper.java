package io.datacoolie.sql.internal;

import io.datacoolie.api.DataCoolieException;
import io.datacoolie.sql.Column;
import io.datacoolie.sql.Dialect;
import java.sql.Types;
import java.util.Locale;

/** Maps a source column's JDBC type to the destination dialect's DDL type, for tables DataCoolie creates. */
public final class TypeMapper {
    private static final int MAX_VARCHAR = 4000;

    private TypeMapper() {
    }

    /**
     * @param c the column (from the source read's result metadata)
     * @param d the destination dialect
     * @return the DDL type
     */
    public static String ddl(Column c, Dialect d) {
        boolean my = d.pipesAreOr();
        if (c.isZoned()) {
            return d == Dialect.POSTGRES ? "TIMESTAMPTZ" : my ? "DATETIME(6)" : "TIMESTAMP WITH TIME ZONE";
        }
        String tn = c.typeName().toLowerCase(Locale.ROOT);
        switch (c.jdbcType()) {
            case Types.BIGINT:
                return "BIGINT";
            case Types.INTEGER:
                return tn.contains("unsigned") ? "BIGINT" : "INTEGER";
            case Types.SMALLINT:
            case Types.TINYINT:
                return "SMALLINT";
            case Types.BOOLEAN:
                return "BOOLEAN";
            case Types.BIT:
                return c.size() <= 1 ? "BOOLEAN" : my ? "BIT(" + c.size() + ")" : "BIGINT";
            case Types.NUMERIC:
            case Types.DECIMAL:
                return decimal(c, d);
            case Types.REAL:
                return my ? "FLOAT" : "REAL";
            case Types.FLOAT:
            case Types.DOUBLE:
                return my ? "DOUBLE" : "DOUBLE PRECISION";
            case Types.CHAR:
            case Types.NCHAR:
            case Types.VARCHAR:
            case Types.NVARCHAR:
            case Types.LONGVARCHAR:
            case Types.LONGNVARCHAR:
            case Types.CLOB:
            case Types.NCLOB:
                return text(c, d);
            case Types.DATE:
                return "DATE";
            case Types.TIME:
                return "TIME";
            case Types.TIMESTAMP:
                return my ? "DATETIME(6)" : "TIMESTAMP";
            case Types.BINARY:
            case Types.VARBINARY:
            case Types.LONGVARBINARY:
            case Types.BLOB:
                return d == Dialect.POSTGRES ? "BYTEA" : my ? "LONGBLOB" : "VARBINARY";
            default:
                throw new DataCoolieException("Column '" + c.name() + "' has type '" + c.typeName() + "' (JDBC "
                        + c.jdbcType() + "), which DataCoolie cannot map to " + d + " when creating the destination"
                        + " table. Create the destination table yourself, or CAST the column in the transform.");
        }
    }

    private static String decimal(Column c, Dialect d) {
        int p = c.size();
        int s = Math.max(0, c.scale());
        if (p <= 0 || p > 65) {
            return d == Dialect.MARIADB || d == Dialect.MYSQL ? "DECIMAL(65, 30)" : "NUMERIC";
        }
        return "DECIMAL(" + p + ", " + Math.min(s, p) + ")";
    }

    private static String text(Column c, Dialect d) {
        int n = c.size();
        if (n > 0 && n <= MAX_VARCHAR) {
            return (c.jdbcType() == Types.CHAR || c.jdbcType() == Types.NCHAR ? "CHAR(" : "VARCHAR(") + n + ")";
        }
        return d == Dialect.POSTGRES ? "TEXT" : d == Dialect.H2 ? "VARCHAR" : "LONGTEXT";
    }
}
